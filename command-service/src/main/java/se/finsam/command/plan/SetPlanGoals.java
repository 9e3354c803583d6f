package se.finsam.command.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.PlanId;
import se.finsam.events.plan.PlanGoals;

/** Set the draft plan's goal areas, measurable targets and economic goals. */
record SetPlanGoals(@TargetAggregateIdentifier PlanId planId, @TargetAggregateVersion Long expectedVersion,
		PlanGoals goals) {

}
