package se.finsam.events.intervention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.InterventionId;
import se.finsam.events.Money;

/**
 * The project owner's report for a period: costs to date, participant counts by legal
 * gender and age band, where those who ended went, steps towards work, the goals'
 * fulfilment computed from these figures, and a narrative. Aggregates only: no
 * participant is ever identified. A correction is a new report that {@code supersedes}
 * this one; both are kept.
 */
@Revision("1")
public record InterventionReportFiled(InterventionId interventionId, AssociationId associationId, UUID reportId,
		LocalDate periodStart, LocalDate periodEnd, LocalDate filedOn, UUID supersedes, Money costsToDate,
		List<ParticipantCount> participants, List<OutcomeCount> outcomes, List<StepCount> steps,
		List<GoalResult> goalResults, String narrative) implements AssociationEvent {

	public InterventionReportFiled {
		participants = List.copyOf(participants);
		outcomes = List.copyOf(outcomes);
		steps = List.copyOf(steps);
		goalResults = List.copyOf(goalResults);
	}

}
