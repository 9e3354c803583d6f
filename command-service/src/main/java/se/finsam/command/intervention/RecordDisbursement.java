package se.finsam.command.intervention;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.finsam.events.InterventionId;
import se.finsam.events.Money;

/** Record a payment to the project owner against the intervention's budget. */
record RecordDisbursement(@TargetAggregateIdentifier InterventionId interventionId, LocalDate paidOn, Money amount) {

}
