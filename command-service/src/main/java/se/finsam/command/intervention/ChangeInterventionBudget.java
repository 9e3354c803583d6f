package se.finsam.command.intervention;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.AnnualAmount;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;

/** Record the board's decision on a new budget, given whole, per year. */
record ChangeInterventionBudget(@TargetAggregateIdentifier InterventionId interventionId,
		@TargetAggregateVersion Long expectedVersion, List<AnnualAmount> budget, DecisionReference decision) {

}
