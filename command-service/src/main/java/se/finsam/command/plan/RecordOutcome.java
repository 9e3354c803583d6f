package se.finsam.command.plan;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.finsam.events.Money;
import se.finsam.events.PlanId;

/** Record a line's outcome for a year up to a date, cumulative (follow-up). */
public record RecordOutcome(@TargetAggregateIdentifier PlanId planId, int budgetYear, String lineCode, LocalDate asOf,
		Money amount, String source) {

}
