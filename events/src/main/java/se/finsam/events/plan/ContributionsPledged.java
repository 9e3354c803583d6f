package se.finsam.events.plan;

import java.util.List;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;

/**
 * The members' pledged contributions for {@code budgetYear}, each member once; the
 * municipalities' pledges were computed from their total by {@code split}, exactly to the
 * öre (the remainder goes to the largest fractions). Replaces earlier pledges for the
 * year.
 */
@Revision("1")
public record ContributionsPledged(AssociationId associationId, PlanId planId, int budgetYear, MunicipalitySplit split,
		List<Pledge> pledges) implements AssociationEvent {

	public ContributionsPledged {
		pledges = List.copyOf(pledges);
	}

}
