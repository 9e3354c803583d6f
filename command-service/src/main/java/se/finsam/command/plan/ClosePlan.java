package se.finsam.command.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.DecisionReference;
import se.finsam.events.Money;
import se.finsam.events.PlanId;

/** Close the year with the annual report the board approved. */
record ClosePlan(@TargetAggregateIdentifier PlanId planId, @TargetAggregateVersion Long expectedVersion,
		DecisionReference decision, Money closingEquity) {

}
