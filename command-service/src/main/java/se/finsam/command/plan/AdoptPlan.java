package se.finsam.command.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.DecisionReference;
import se.finsam.events.PlanId;

/** Record the board's adoption of the plan as drafted. */
record AdoptPlan(@TargetAggregateIdentifier PlanId planId, @TargetAggregateVersion Long expectedVersion,
		DecisionReference decision) {

}
