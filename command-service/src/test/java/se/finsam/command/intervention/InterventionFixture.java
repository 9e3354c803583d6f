package se.finsam.command.intervention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import se.finsam.command.association.AssociationDirectory;
import se.finsam.command.association.AssociationFacts;
import se.finsam.events.AnnualAmount;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;
import se.finsam.events.InterventionKind;
import se.finsam.events.MeetingId;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;
import se.finsam.events.application.InterventionPeriod;
import se.finsam.events.application.MeasurableGoal;
import se.finsam.events.application.SteeringGroupMember;
import se.finsam.events.application.TargetGroup;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.events.intervention.AgeBand;
import se.finsam.events.intervention.ExitOutcome;
import se.finsam.events.intervention.GoalMeasure;
import se.finsam.events.intervention.GoalResult;
import se.finsam.events.intervention.InterventionGoal;
import se.finsam.events.intervention.InterventionGoalsSet;
import se.finsam.events.intervention.InterventionReportFiled;
import se.finsam.events.intervention.InterventionStarted;
import se.finsam.events.intervention.LegalGender;
import se.finsam.events.intervention.OutcomeCount;
import se.finsam.events.intervention.ParticipantCount;
import se.finsam.events.intervention.StepCount;

/**
 * Test data for interventions: Rebus Hagfors, run by a member municipality from April
 * 2025 to the end of 2026 on 400 000 kr and 500 000 kr, and reports built from small
 * parts.
 */
final class InterventionFixture {

	static final AssociationId ASSOCIATION = new AssociationId(UUID.fromString("6b1f0e2d-3c4a-4b5e-8f6a-7b8c9d0e1f2a"));

	static final InterventionId ID = new InterventionId(UUID.fromString("8c2e1f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3b"));

	static final OrganisationNumber HAGFORS = OrganisationNumber.of("212000-1827");

	static final DecisionReference DECISION = decision(LocalDate.of(2025, 3, 19), 8);

	static final DecisionReference LATER = decision(LocalDate.of(2025, 9, 18), 11);

	static final InterventionPeriod PERIOD = new InterventionPeriod(LocalDate.of(2025, 4, 1),
			LocalDate.of(2026, 12, 31));

	static final AssociationDirectory DIRECTORY = (id) -> new AssociationFacts(id,
			List.of(new MemberOrganisation(HAGFORS, "Hagfors kommun", MemberKind.MUNICIPALITY)), List.of(),
			new TreeMap<>(Map.of()));

	static final InterventionGoal TO_WORK_OR_STUDIES = new InterventionGoal(
			"Minst 45 % av de avslutade går till arbete eller studier", GoalMeasure.SHARE_ENDED_TO_WORK_OR_STUDIES,
			true, new BigDecimal("45"));

	static final InterventionGoal STEPS = new InterventionGoal("Minst 80 % tar ett steg mot arbete",
			GoalMeasure.SHARE_ACTIVE_WITH_STEP, true, new BigDecimal("80"));

	static final InterventionGoal IN_WORDS = new InterventionGoal("Deltagarna upplever inflytande", null, null, null);

	private InterventionFixture() {
	}

	static DecisionReference decision(LocalDate date, int item) {
		return new DecisionReference(new MeetingId(UUID.nameUUIDFromBytes(date.toString().getBytes())), date, item);
	}

	static AnnualAmount amount(int year, long kronor) {
		return new AnnualAmount(year, Money.ofKronor(kronor));
	}

	static StartIntervention start(String name, OrganisationNumber owner, InterventionPeriod period,
			List<AnnualAmount> budget) {
		return new StartIntervention(ID, ASSOCIATION, DECISION, null, name, owner, InterventionKind.INDIVIDUAL, period,
				budget, new TargetGroup("Unga vuxna", 18, 29),
				List.of(new MeasurableGoal("Andel till arbete eller studier", "minst 45 %")),
				List.of(new SteeringGroupMember(HAGFORS, PersonName.of("Ivar Ide"))), null, "Supported Employment");
	}

	/** Started with 400 000 kr for 2025 and 500 000 kr for 2026: 900 000 kr in all. */
	static InterventionStarted started() {
		StartIntervention command = start("Rebus Hagfors", HAGFORS, PERIOD,
				List.of(amount(2025, 400_000), amount(2026, 500_000)));
		return new InterventionStarted(ID, ASSOCIATION, DECISION, null, command.name(), HAGFORS,
				InterventionKind.INDIVIDUAL, PERIOD, command.budget(), command.targetGroup(), command.goals(),
				command.steeringGroup(), null, command.method());
	}

	static InterventionGoalsSet goalsSet(InterventionGoal... goals) {
		return new InterventionGoalsSet(ID, ASSOCIATION, List.of(goals), LATER);
	}

	static ParticipantCount women(AgeBand band, int newCount, int active, int ended) {
		return new ParticipantCount(LegalGender.WOMAN, band, newCount, active, ended);
	}

	static ParticipantCount men(AgeBand band, int newCount, int active, int ended) {
		return new ParticipantCount(LegalGender.MAN, band, newCount, active, ended);
	}

	static OutcomeCount outcome(LegalGender gender, ExitOutcome outcome, int count) {
		return new OutcomeCount(gender, outcome, count);
	}

	static StepCount steps(LegalGender gender, int count) {
		return new StepCount(gender, count);
	}

	static Report report(LocalDate periodStart, LocalDate periodEnd) {
		return new Report(UUID.nameUUIDFromBytes(("report:" + periodStart + ":" + periodEnd).getBytes()), periodStart,
				periodEnd);
	}

	/** A report, filed the day after its period ends unless told otherwise. */
	static final class Report {

		private UUID reportId;

		private final LocalDate periodStart;

		private final LocalDate periodEnd;

		private LocalDate filedOn;

		private UUID supersedes;

		private Money costsToDate = Money.ofKronor(120_000);

		private final List<ParticipantCount> participants = new ArrayList<>();

		private final List<OutcomeCount> outcomes = new ArrayList<>();

		private final List<StepCount> steps = new ArrayList<>();

		private String narrative = "Arbetet går enligt plan.";

		private Report(UUID reportId, LocalDate periodStart, LocalDate periodEnd) {
			this.reportId = reportId;
			this.periodStart = periodStart;
			this.periodEnd = periodEnd;
			this.filedOn = periodEnd.plusDays(1);
		}

		Report id(UUID id) {
			this.reportId = id;
			return this;
		}

		Report filedOn(LocalDate day) {
			this.filedOn = day;
			return this;
		}

		Report correcting(Report earlier) {
			this.supersedes = earlier.reportId;
			return this;
		}

		Report costs(Money costs) {
			this.costsToDate = costs;
			return this;
		}

		Report participants(ParticipantCount... counts) {
			this.participants.addAll(List.of(counts));
			return this;
		}

		Report outcomes(OutcomeCount... counts) {
			this.outcomes.addAll(List.of(counts));
			return this;
		}

		Report steps(StepCount... counts) {
			this.steps.addAll(List.of(counts));
			return this;
		}

		Report narrative(String text) {
			this.narrative = text;
			return this;
		}

		FileReport command() {
			return new FileReport(ID, this.reportId, this.periodStart, this.periodEnd, this.filedOn, this.supersedes,
					this.costsToDate, this.participants, this.outcomes, this.steps, this.narrative);
		}

		InterventionReportFiled filed(GoalResult... results) {
			return new InterventionReportFiled(ID, ASSOCIATION, this.reportId, this.periodStart, this.periodEnd,
					this.filedOn, this.supersedes, this.costsToDate, this.participants, this.outcomes, this.steps,
					List.of(results), this.narrative);
		}

	}

}
