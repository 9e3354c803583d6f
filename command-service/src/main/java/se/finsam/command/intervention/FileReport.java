package se.finsam.command.intervention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.finsam.events.InterventionId;
import se.finsam.events.Money;
import se.finsam.events.intervention.OutcomeCount;
import se.finsam.events.intervention.ParticipantCount;
import se.finsam.events.intervention.StepCount;

/**
 * File the project owner's report for a period. No expected version: a report is a fact
 * about the period, not a change to what someone else has just read. The goals'
 * fulfilment is not given here; the intervention computes it from the figures.
 */
record FileReport(@TargetAggregateIdentifier InterventionId interventionId, UUID reportId, LocalDate periodStart,
		LocalDate periodEnd, LocalDate filedOn, UUID supersedes, Money costsToDate, List<ParticipantCount> participants,
		List<OutcomeCount> outcomes, List<StepCount> steps, String narrative) {

}
