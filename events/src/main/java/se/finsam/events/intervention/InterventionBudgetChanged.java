package se.finsam.events.intervention;

import java.util.List;

import org.axonframework.serialization.Revision;

import se.finsam.events.AnnualAmount;
import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;

/**
 * The board changed the intervention's budget; {@code budget} is the whole new budget per
 * year.
 */
@Revision("1")
public record InterventionBudgetChanged(InterventionId interventionId, AssociationId associationId,
		List<AnnualAmount> budget, DecisionReference decision) implements AssociationEvent {

	public InterventionBudgetChanged {
		budget = List.copyOf(budget);
	}

}
