package se.finsam.query.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;

import org.springframework.stereotype.Component;

import se.finsam.events.association.AssociationRegistered;
import se.finsam.events.association.MemberOrganisationAdded;
import se.finsam.events.plan.BudgetRevised;
import se.finsam.events.plan.ContributionReceived;
import se.finsam.events.plan.ContributionsPledged;
import se.finsam.events.plan.FundsReserved;
import se.finsam.events.plan.OpeningEquityRecorded;
import se.finsam.events.plan.OutcomeRecorded;
import se.finsam.events.plan.PlanAdopted;
import se.finsam.events.plan.PlanClosed;
import se.finsam.events.intervention.DisbursementRecorded;
import se.finsam.events.intervention.InterventionStarted;
import se.finsam.events.plan.PlanDrafted;
import se.finsam.events.plan.DraftAmended;
import se.finsam.events.plan.PlanFiguresStated;
import se.finsam.events.plan.PlanGoalsSet;
import se.finsam.events.plan.PlanSentForConsultation;
import se.finsam.query.plan.PlanHistory.Stage;

/**
 * Builds the plan view from Kafka, in the tracking processor's transaction that also
 * stores its Kafka position. Each plan handler first advances the plan's version, each
 * association handler the association's: an event at or below it was applied before and
 * changes nothing. Nothing is overwritten that an earlier day could ask for; the view is
 * read as of a day.
 *
 * <p>
 * Plans and associations are different aggregates on different partitions, so a plan may
 * arrive before its association's members (a replay): members are joined when the view is
 * read, never when a plan event is applied.
 */
@Component
@ProcessingGroup(PlanProjection.PROCESSING_GROUP)
class PlanProjection {

	static final String PROCESSING_GROUP = "plan";

	private final PlanRepository repository;

	PlanProjection(PlanRepository repository) {
		this.repository = repository;
	}

	@EventHandler
	void on(AssociationRegistered event, @SequenceNumber long sequence) {
		UUID id = event.associationId().value();
		if (this.repository.insertAssociation(id, sequence)) {
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

	/** The draft's lines count from the Swedish day they were recorded. */
	@EventHandler
	void on(PlanDrafted event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID plan = event.planId().value();
		if (this.repository.insert(association, plan, event.year(), sequence, at)) {
			this.repository.addLines(association, plan, sequence, Stage.DRAFT,
					LocalDate.ofInstant(at, PlanHistory.SWEDEN), event.lines());
		}
	}

	/**
	 * A draft is a working paper, in force nowhere: the amended lines replace the draft's
	 * from the day the draft was first recorded, so the plan has one draft on every day.
	 */
	@EventHandler
	void on(DraftAmended event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID plan = event.planId().value();
		if (this.repository.advance(association, plan, sequence, at)) {
			this.repository.replaceDraftLines(association, plan, sequence, LocalDate.ofInstant(at, PlanHistory.SWEDEN),
					event.lines());
		}
	}

	@EventHandler
	void on(PlanSentForConsultation event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID plan = event.planId().value();
		if (this.repository.advance(association, plan, sequence, at)) {
			this.repository.sentForConsultation(association, plan, event.sentOn());
		}
	}

	@EventHandler
	void on(PlanAdopted event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID plan = event.planId().value();
		if (this.repository.advance(association, plan, sequence, at)) {
			this.repository.adopt(association, plan, sequence, event.decision(), event.late());
		}
	}

	@EventHandler
	void on(BudgetRevised event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID plan = event.planId().value();
		if (this.repository.advance(association, plan, sequence, at)) {
			this.repository.addRevision(association, plan, sequence, event.decision(), event.reason());
			this.repository.addLines(association, plan, sequence, Stage.REVISION, event.decision().meetingDate(),
					event.changedLines());
		}
	}

	@EventHandler
	void on(FundsReserved event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID plan = event.planId().value();
		if (this.repository.advance(association, plan, sequence, at)) {
			this.repository.addReservation(association, plan, sequence, event.budgetYear(), event.lineCode(),
					event.applicationId().value(), event.amount(), event.decision());
		}
	}

	@EventHandler
	void on(PlanGoalsSet event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID plan = event.planId().value();
		if (this.repository.advance(association, plan, sequence, at)) {
			this.repository.setGoals(association, plan, event.goals());
		}
	}

	@EventHandler
	void on(PlanFiguresStated event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID plan = event.planId().value();
		if (this.repository.advance(association, plan, sequence, at)) {
			this.repository.setStated(association, plan, event.figures());
		}
	}

	@EventHandler
	void on(OpeningEquityRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID plan = event.planId().value();
		if (this.repository.advance(association, plan, sequence, at)) {
			this.repository.setOpeningEquity(association, plan, event.amount());
		}
	}

	@EventHandler
	void on(ContributionsPledged event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID plan = event.planId().value();
		if (this.repository.advance(association, plan, sequence, at)) {
			this.repository.replacePledges(association, plan, event.budgetYear(), event.split(), event.pledges());
		}
	}

	@EventHandler
	void on(ContributionReceived event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID plan = event.planId().value();
		if (this.repository.advance(association, plan, sequence, at)) {
			this.repository.addPayment(association, plan, sequence, event.budgetYear(), event.member(),
					event.receivedOn(), event.amount());
		}
	}

	@EventHandler
	void on(OutcomeRecorded event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID plan = event.planId().value();
		if (this.repository.advance(association, plan, sequence, at)) {
			this.repository.addOutcome(association, plan, sequence, event.budgetYear(), event.lineCode(), event.asOf(),
					event.amount());
		}
	}

	@EventHandler
	void on(PlanClosed event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID association = event.associationId().value();
		UUID plan = event.planId().value();
		if (this.repository.advance(association, plan, sequence, at)) {
			this.repository.close(association, plan, event.decision(), event.closingEquity());
		}
	}

	/**
	 * A grant's intervention: its payments are spending on the line the grant was
	 * reserved on.
	 */
	@EventHandler
	void on(InterventionStarted event) {
		if (event.application() != null) {
			this.repository.addGrant(event.associationId().value(), event.interventionId().value(),
					event.application().value());
		}
	}

	@EventHandler
	void on(DisbursementRecorded event, @SequenceNumber long sequence) {
		this.repository.addGrantPayment(event.associationId().value(), event.interventionId().value(), sequence,
				event.paidOn(), event.amount());
	}

	@ResetHandler
	void reset() {
		this.repository.deleteAll();
	}

}
