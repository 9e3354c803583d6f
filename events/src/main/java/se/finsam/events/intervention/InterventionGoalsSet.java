package se.finsam.events.intervention;

import java.util.List;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;

/**
 * The board set the intervention's measurable goals (replacing earlier ones), at the
 * decision referred to.
 */
@Revision("1")
public record InterventionGoalsSet(InterventionId interventionId, AssociationId associationId,
		List<InterventionGoal> goals, DecisionReference decision) implements AssociationEvent {

	public InterventionGoalsSet {
		goals = List.copyOf(goals);
	}

}
