package se.finsam.command.plan;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.DecisionReference;
import se.finsam.events.PlanId;
import se.finsam.events.plan.BudgetLine;

/** Record a board decision that changes lines of the adopted budget. */
record ReviseBudget(@TargetAggregateIdentifier PlanId planId, @TargetAggregateVersion Long expectedVersion,
		List<BudgetLine> changedLines, String reason, DecisionReference decision) {

}
