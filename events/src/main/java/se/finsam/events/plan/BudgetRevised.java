package se.finsam.events.plan;

import java.util.List;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.PlanId;

/**
 * A board decision revised the adopted budget: each changed line in its new form (a new
 * code adds a line), with the reason.
 */
@Revision("1")
public record BudgetRevised(AssociationId associationId, PlanId planId, int year, List<BudgetLine> changedLines,
		String reason, DecisionReference decision) implements AssociationEvent {

	public BudgetRevised {
		changedLines = List.copyOf(changedLines);
	}

}
