package se.finsam.events.plan;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.Money;
import se.finsam.events.PlanId;

/**
 * Follow-up: the outcome (utfall) of a line for {@code budgetYear} up to and including
 * {@code asOf}, cumulative, from the books or an intervention's report ({@code source}).
 * A later record for the same line and a later date supersedes it.
 */
@Revision("1")
public record OutcomeRecorded(AssociationId associationId, PlanId planId, int budgetYear, String lineCode,
		LocalDate asOf, Money amount, String source) implements AssociationEvent {

}
