package se.finsam.command.plan;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PlanId;

/**
 * Record a payment received from a member (a fact of the books: no version to build on).
 */
record RecordContributionPayment(@TargetAggregateIdentifier PlanId planId, int budgetYear, OrganisationNumber member,
		LocalDate receivedOn, Money amount) {

}
