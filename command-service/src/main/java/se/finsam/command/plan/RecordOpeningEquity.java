package se.finsam.command.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.Money;
import se.finsam.events.PlanId;

/** Record the equity the association brings into the plan's year. */
record RecordOpeningEquity(@TargetAggregateIdentifier PlanId planId, @TargetAggregateVersion Long expectedVersion,
		Money amount, String source) {

}
