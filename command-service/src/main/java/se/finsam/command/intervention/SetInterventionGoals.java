package se.finsam.command.intervention;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;
import se.finsam.events.intervention.InterventionGoal;

/** Record the board's decision on the goals reports are measured against. */
record SetInterventionGoals(@TargetAggregateIdentifier InterventionId interventionId,
		@TargetAggregateVersion Long expectedVersion, List<InterventionGoal> goals, DecisionReference decision) {

}
