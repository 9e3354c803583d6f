package se.finsam.events.plan;

import java.util.List;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;

/** A draft activity plan and budget for {@code year} and its two plan years. */
@Revision("1")
public record PlanDrafted(AssociationId associationId, PlanId planId, int year,
		List<BudgetLine> lines) implements AssociationEvent {

	public PlanDrafted {
		lines = List.copyOf(lines);
	}

}
