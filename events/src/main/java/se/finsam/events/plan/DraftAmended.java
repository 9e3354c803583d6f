package se.finsam.events.plan;

import java.util.List;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;

/**
 * The draft's budget before consultation, given whole in its new form: {@code lines}
 * replace the draft's lines (a line left out is removed).
 */
@Revision("1")
public record DraftAmended(AssociationId associationId, PlanId planId, int year,
		List<BudgetLine> lines) implements AssociationEvent {

	public DraftAmended {
		lines = List.copyOf(lines);
	}

}
