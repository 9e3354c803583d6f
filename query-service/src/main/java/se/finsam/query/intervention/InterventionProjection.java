package se.finsam.query.intervention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.SourceId;

import org.springframework.stereotype.Component;

import se.finsam.events.association.AssociationRegistered;
import se.finsam.events.association.MemberOrganisationAdded;
import se.finsam.events.indicator.IndicatorResultsRecorded;
import se.finsam.events.intervention.DisbursementRecorded;
import se.finsam.events.intervention.GoalMeasure;
import se.finsam.events.intervention.InterventionBudgetChanged;
import se.finsam.events.intervention.InterventionClosed;
import se.finsam.events.intervention.InterventionExtended;
import se.finsam.events.intervention.InterventionGoal;
import se.finsam.events.intervention.InterventionGoalsSet;
import se.finsam.events.intervention.InterventionReportFiled;
import se.finsam.events.intervention.InterventionStarted;
import se.finsam.events.intervention.ReportScheduleSet;
import se.finsam.events.plan.PlanGoalsSet;
import se.finsam.platform.format.Kronor;
import se.finsam.query.intervention.InterventionView.Goal;

/**
 * Builds the interventions view from Kafka, in the tracking processor's transaction that
 * also stores its Kafka position. Each handler first advances the version kept for the
 * event's aggregate (the intervention, the association, the plan, or whichever aggregate
 * recorded indicator results): an event at or below it was applied before and changes
 * nothing. Nothing is overwritten that an earlier day could ask for; the view is read as
 * of a day.
 *
 * <p>
 * Interventions, associations and plans are different aggregates on different partitions,
 * so an intervention may arrive before its owner's name (a replay): names are joined when
 * the view is read, never when an intervention event is applied.
 */
@Component
@ProcessingGroup(InterventionProjection.PROCESSING_GROUP)
class InterventionProjection {

	static final String PROCESSING_GROUP = "intervention";

	private final InterventionRepository repository;

	InterventionProjection(InterventionRepository repository) {
		this.repository = repository;
	}

	@EventHandler
	void on(AssociationRegistered event, @SequenceNumber long sequence) {
		UUID id = event.associationId().value();
		if (this.repository.advanceAssociation(id, sequence)) {
			event.members().forEach((member) -> this.repository.addMember(id, member));
		}
	}

	@EventHandler
	void on(MemberOrganisationAdded event, @SequenceNumber long sequence) {
		UUID id = event.associationId().value();
		if (this.repository.advanceAssociation(id, sequence)) {
			this.repository.addMember(id, event.member());
		}
	}

	/**
	 * The start's budget and goals count from its decision, as every later change does.
	 */
	@EventHandler
	void on(InterventionStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID intervention = event.interventionId().value();
		if (this.repository.insert(event, sequence, at)) {
			LocalDate decided = event.decision().meetingDate();
			this.repository.addBudget(association, intervention, sequence, decided, event.decision(), event.budget());
			this.repository.addGoals(association, intervention, sequence, decided, event.decision(),
					event.goals()
						.stream()
						.map((goal) -> new Goal(goal.description(), goal.target(), null, null, null))
						.toList());
		}
	}

	@EventHandler
	void on(InterventionGoalsSet event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID intervention = event.interventionId().value();
		if (this.repository.advance(association, intervention, sequence, at)) {
			this.repository.addGoals(association, intervention, sequence, event.decision().meetingDate(),
					event.decision(), event.goals().stream().map(InterventionProjection::goal).toList());
		}
	}

	@EventHandler
	void on(InterventionExtended event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID intervention = event.interventionId().value();
		if (this.repository.advance(association, intervention, sequence, at)) {
			this.repository.addExtension(association, intervention, sequence, event.newEnd(), event.decision());
		}
	}

	@EventHandler
	void on(InterventionBudgetChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID intervention = event.interventionId().value();
		if (this.repository.advance(association, intervention, sequence, at)) {
			this.repository.addBudget(association, intervention, sequence, event.decision().meetingDate(),
					event.decision(), event.budget());
		}
	}

	@EventHandler
	void on(InterventionClosed event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID intervention = event.interventionId().value();
		if (this.repository.advance(association, intervention, sequence, at)) {
			this.repository.close(association, intervention, event.closedOn(), event.decision());
		}
	}

	/**
	 * A schedule carries no date of its own: it counts from the Swedish day it was
	 * recorded.
	 */
	@EventHandler
	void on(ReportScheduleSet event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID intervention = event.interventionId().value();
		if (this.repository.advance(association, intervention, sequence, at)) {
			this.repository.addSchedule(association, intervention, sequence,
					LocalDate.ofInstant(at, InterventionHistory.SWEDEN), event.dues());
		}
	}

	@EventHandler
	void on(InterventionReportFiled event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID intervention = event.interventionId().value();
		if (this.repository.advance(association, intervention, sequence, at)) {
			this.repository.addReport(association, intervention, sequence, event);
		}
	}

	@EventHandler
	void on(DisbursementRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID intervention = event.interventionId().value();
		if (this.repository.advance(association, intervention, sequence, at)) {
			this.repository.addDisbursement(association, intervention, sequence, event.paidOn(), event.amount());
		}
	}

	@EventHandler
	void on(PlanGoalsSet event, @SequenceNumber long sequence) {
		this.repository.setPlanTargets(event.associationId().value(), event.planId().value(), event.year(), sequence,
				event.goals().targets());
	}

	/**
	 * Guarded by the aggregate that recorded the results, whichever it is, since the
	 * results name an intervention only sometimes.
	 */
	@EventHandler
	void on(IndicatorResultsRecorded event, @SourceId String source, @SequenceNumber long sequence,
			@Timestamp Instant at) {
		UUID association = event.associationId().value();
		if (this.repository.advanceIndicatorSource(association, source, sequence)) {
			this.repository.addIndicatorResults(association, source, sequence, event.year(),
					(event.interventionId() != null) ? event.interventionId().value() : null, at, event.results());
		}
	}

	@ResetHandler
	void reset() {
		this.repository.deleteAll();
	}

	/** The goal with its target also in words, as the board's decision would put it. */
	static Goal goal(InterventionGoal goal) {
		return new Goal(goal.description(), targetText(goal), goal.measure(), goal.atLeast(),
				(goal.target() != null) ? goal.target().toPlainString() : null);
	}

	private static String targetText(InterventionGoal goal) {
		if (goal.target() == null) {
			return null;
		}
		String bound = (goal.atLeast() == null) ? "" : goal.atLeast() ? "minst " : "högst ";
		boolean count = List.of(GoalMeasure.COUNT_NEW, GoalMeasure.COUNT_ACTIVE).contains(goal.measure());
		String value = (goal.measure() == null) ? goal.target().toPlainString()
				: count ? goal.target().toPlainString() + " deltagare" : Kronor.percent(goal.target());
		return bound + value;
	}

}
