package se.finsam.command.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.finsam.events.ApplicationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.Money;
import se.finsam.events.PlanId;

/**
 * Reserve granted money on the plan's free-funds budget for one year. Sent by the grant
 * decision in the same transaction as the decision itself; concurrent reservations on one
 * plan are serialised by the plan's version, so the budget can never be overdrawn.
 */
public record ReserveFunds(@TargetAggregateIdentifier PlanId planId, int budgetYear, ApplicationId applicationId,
		Money amount, DecisionReference decision) {

}
