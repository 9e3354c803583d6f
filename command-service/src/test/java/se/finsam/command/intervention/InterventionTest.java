package se.finsam.command.intervention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.finsam.events.AnnualAmount;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.application.InterventionPeriod;
import se.finsam.events.intervention.AgeBand;
import se.finsam.events.intervention.DisbursementRecorded;
import se.finsam.events.intervention.ExitOutcome;
import se.finsam.events.intervention.GoalMeasure;
import se.finsam.events.intervention.GoalResult;
import se.finsam.events.intervention.InterventionBudgetChanged;
import se.finsam.events.intervention.InterventionClosed;
import se.finsam.events.intervention.InterventionExtended;
import se.finsam.events.intervention.InterventionGoal;
import se.finsam.events.intervention.InterventionGoalsSet;
import se.finsam.events.intervention.InterventionStarted;
import se.finsam.events.intervention.LegalGender;
import se.finsam.events.intervention.ReportDue;
import se.finsam.events.intervention.ReportDue.ReportKind;
import se.finsam.events.intervention.ReportScheduleSet;

import static se.finsam.command.intervention.InterventionFixture.ASSOCIATION;
import static se.finsam.command.intervention.InterventionFixture.DECISION;
import static se.finsam.command.intervention.InterventionFixture.HAGFORS;
import static se.finsam.command.intervention.InterventionFixture.ID;
import static se.finsam.command.intervention.InterventionFixture.IN_WORDS;
import static se.finsam.command.intervention.InterventionFixture.LATER;
import static se.finsam.command.intervention.InterventionFixture.PERIOD;
import static se.finsam.command.intervention.InterventionFixture.STEPS;
import static se.finsam.command.intervention.InterventionFixture.TO_WORK_OR_STUDIES;
import static se.finsam.command.intervention.InterventionFixture.amount;
import static se.finsam.command.intervention.InterventionFixture.decision;
import static se.finsam.command.intervention.InterventionFixture.goalsSet;
import static se.finsam.command.intervention.InterventionFixture.men;
import static se.finsam.command.intervention.InterventionFixture.outcome;
import static se.finsam.command.intervention.InterventionFixture.report;
import static se.finsam.command.intervention.InterventionFixture.start;
import static se.finsam.command.intervention.InterventionFixture.started;
import static se.finsam.command.intervention.InterventionFixture.steps;
import static se.finsam.command.intervention.InterventionFixture.women;
import static se.finsam.command.shared.BrokenRules.codes;
import static se.finsam.command.shared.BrokenRules.conflict;

class InterventionTest {

	private static final LocalDate APRIL = LocalDate.of(2025, 4, 1);

	private static final LocalDate AUGUST_END = LocalDate.of(2025, 8, 31);

	private AggregateTestFixture<Intervention> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Intervention.class);
		this.fixture.registerInjectableResource(InterventionFixture.DIRECTORY);
	}

	@Nested
	class Start {

		@Test
		void startsAnInterventionWithTheDecidedBudget() {
			StartIntervention command = start("Rebus Hagfors", HAGFORS, PERIOD,
					List.of(amount(2025, 400_000), amount(2026, 500_000)));
			InterventionTest.this.fixture.givenNoPriorActivity()
				.when(command)
				.expectEvents(new InterventionStarted(ID, ASSOCIATION, DECISION, null, "Rebus Hagfors", HAGFORS,
						InterventionKind.INDIVIDUAL, PERIOD, command.budget(), command.targetGroup(), command.goals(),
						command.steeringGroup(), null, "Supported Employment"));
		}

		@Test
		void rejectsAForeignOwnerABackwardsPeriodAndABudgetOutsideIt() {
			InterventionPeriod backwards = new InterventionPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1));
			InterventionTest.this.fixture.givenNoPriorActivity()
				.when(start(" ", OrganisationNumber.of("212000-1785"), backwards, List.of(amount(2027, 0))))
				.expectNoEvents()
				.expectException(codes("intervention.name-blank", "intervention.owner-not-member",
						"intervention.period-order", "intervention.budget-year", "intervention.budget-amount"));
		}

		@Test
		void rejectsAnInterventionWithoutBudget() {
			InterventionTest.this.fixture.givenNoPriorActivity()
				.when(start("Modus", HAGFORS, PERIOD, List.of()))
				.expectNoEvents()
				.expectException(codes("intervention.budget-required"));
		}

	}

	@Nested
	class Goals {

		@Test
		void setsMeasuredGoalsAndGoalsInWordsAndAnswersTheNewVersion() {
			InterventionGoal untrimmed = new InterventionGoal(" Minst 40 deltagare ", GoalMeasure.COUNT_ACTIVE, true,
					new BigDecimal("40"));
			InterventionTest.this.fixture.given(started())
				.when(new SetInterventionGoals(ID, 0L, List.of(TO_WORK_OR_STUDIES, IN_WORDS, untrimmed), LATER))
				.expectResultMessagePayload(1L)
				.expectEvents(goalsSet(TO_WORK_OR_STUDIES, IN_WORDS, new InterventionGoal("Minst 40 deltagare",
						GoalMeasure.COUNT_ACTIVE, true, new BigDecimal("40"))));
		}

		@Test
		void rejectsGoalsWithoutDescriptionDirectionOrATargetThatCannotBeMet() {
			List<InterventionGoal> goals = List.of(
					new InterventionGoal(" ", GoalMeasure.COUNT_NEW, true, BigDecimal.TEN),
					new InterventionGoal("Utan riktning", GoalMeasure.SHARE_ACTIVE_WITH_STEP, null, BigDecimal.TEN),
					new InterventionGoal("I ord med målvärde", null, null, BigDecimal.TEN),
					new InterventionGoal("Över hundra", GoalMeasure.SHARE_ENDED_TO_WORK_OR_STUDIES, true,
							new BigDecimal("100.1")),
					new InterventionGoal("Två decimaler", GoalMeasure.SHARE_ENDED_TO_WORK_STUDIES_OR_AF, true,
							new BigDecimal("45.55")),
					new InterventionGoal("Halv deltagare", GoalMeasure.COUNT_NEW, true, new BigDecimal("2.5")),
					new InterventionGoal("Negativt antal", GoalMeasure.COUNT_ACTIVE, false, new BigDecimal("-1")));
			InterventionTest.this.fixture.given(started())
				.when(new SetInterventionGoals(ID, 0L, goals, LATER))
				.expectNoEvents()
				.expectException(codes("intervention.goal-description", "intervention.goal-target",
						"intervention.goal-target", "intervention.goal-percent", "intervention.goal-percent",
						"intervention.goal-count", "intervention.goal-count"));
		}

		@Test
		void acceptsTheEdgesOfTheTargets() {
			List<InterventionGoal> goals = List.of(
					new InterventionGoal("Alla", GoalMeasure.SHARE_ACTIVE_WITH_STEP, true, new BigDecimal("100.0")),
					new InterventionGoal("Ingen", GoalMeasure.SHARE_ENDED_TO_WORK_OR_STUDIES, false, BigDecimal.ZERO),
					new InterventionGoal("En decimal", GoalMeasure.SHARE_ENDED_TO_WORK_OR_STUDIES, true,
							new BigDecimal("45.5")),
					new InterventionGoal("Inga nya", GoalMeasure.COUNT_NEW, false, new BigDecimal("0.00")));
			InterventionTest.this.fixture.given(started())
				.when(new SetInterventionGoals(ID, 0L, goals, LATER))
				.expectEvents(new InterventionGoalsSet(ID, ASSOCIATION, goals, LATER));
		}

		@Test
		void rejectsNoGoals() {
			InterventionTest.this.fixture.given(started())
				.when(new SetInterventionGoals(ID, 0L, List.of(), LATER))
				.expectNoEvents()
				.expectException(codes("intervention.goals-required"));
		}

	}

	@Nested
	class Decisions {

		@Test
		void extendsToALaterEnd() {
			InterventionTest.this.fixture.given(started())
				.when(new ExtendIntervention(ID, 0L, LocalDate.of(2027, 6, 30), LATER))
				.expectResultMessagePayload(1L)
				.expectEvents(new InterventionExtended(ID, ASSOCIATION, LocalDate.of(2027, 6, 30), LATER));
		}

		@Test
		void rejectsAnExtensionThatDoesNotEndLater() {
			InterventionTest.this.fixture.given(started())
				.when(new ExtendIntervention(ID, 0L, PERIOD.end(), LATER))
				.expectNoEvents()
				.expectException(codes("intervention.extension-not-later"));
		}

		@Test
		void changesTheWholeBudgetIntoTheYearsAnExtensionAdds() {
			List<AnnualAmount> budget = List.of(amount(2025, 400_000), amount(2026, 450_000), amount(2027, 150_000));
			InterventionTest.this.fixture
				.given(started(), new InterventionExtended(ID, ASSOCIATION, LocalDate.of(2027, 6, 30), LATER))
				.when(new ChangeInterventionBudget(ID, 1L, budget, LATER))
				.expectResultMessagePayload(2L)
				.expectEvents(new InterventionBudgetChanged(ID, ASSOCIATION, budget, LATER));
		}

		@Test
		void rejectsABudgetThatIsEmptyOutsideThePeriodOrNotPositive() {
			InterventionTest.this.fixture.given(started())
				.when(new ChangeInterventionBudget(ID, 0L, List.of(), LATER))
				.expectNoEvents()
				.expectException(codes("intervention.budget-required"));
			InterventionTest.this.fixture.given(started())
				.when(new ChangeInterventionBudget(ID, 0L,
						List.of(amount(2025, 1), amount(2025, 2), amount(2027, 3), amount(2026, 0)), LATER))
				.expectNoEvents()
				.expectException(
						codes("intervention.budget-year", "intervention.budget-year", "intervention.budget-amount"));
		}

		@Test
		void rejectsABudgetBelowWhatIsAlreadyPaidOut() {
			InterventionTest.this.fixture.given(started(), paid(300_000), paid(200_000))
				.when(new ChangeInterventionBudget(ID, 2L, List.of(amount(2025, 300_000), amount(2026, 199_999)),
						LATER))
				.expectNoEvents()
				.expectException(codes("intervention.budget-below-disbursed"))
				.expectExceptionMessage(
						"Redan utbetalt är 500 000 kr; budgeten kan inte bli lägre än så (nu 499 999 kr).");
			InterventionTest.this.fixture.given(started(), paid(300_000), paid(200_000))
				.when(new ChangeInterventionBudget(ID, 2L, List.of(amount(2025, 500_000)), LATER))
				.expectEvents(new InterventionBudgetChanged(ID, ASSOCIATION, List.of(amount(2025, 500_000)), LATER));
		}

		@Test
		void closesByDecisionOnTheDayItStartedOrLater() {
			InterventionTest.this.fixture.given(started())
				.when(new CloseIntervention(ID, 0L, PERIOD.start(), LATER))
				.expectResultMessagePayload(1L)
				.expectEvents(new InterventionClosed(ID, ASSOCIATION, PERIOD.start(), LATER));
		}

		@Test
		void rejectsClosingBeforeTheStart() {
			InterventionTest.this.fixture.given(started())
				.when(new CloseIntervention(ID, 0L, PERIOD.start().minusDays(1), LATER))
				.expectNoEvents()
				.expectException(codes("intervention.close-before-start"));
		}

		@Test
		void rejectsEveryDecisionTakenBeforeTheOneThatStartedTheIntervention() {
			DecisionReference earlier = decision(DECISION.meetingDate().minusDays(1), 3);
			InterventionTest.this.fixture.given(started())
				.when(new SetInterventionGoals(ID, 0L, List.of(IN_WORDS), earlier))
				.expectNoEvents()
				.expectException(codes("intervention.decision-before-start"));
			InterventionTest.this.fixture.given(started())
				.when(new ExtendIntervention(ID, 0L, LocalDate.of(2027, 6, 30), earlier))
				.expectNoEvents()
				.expectException(codes("intervention.decision-before-start"));
			InterventionTest.this.fixture.given(started())
				.when(new ChangeInterventionBudget(ID, 0L, List.of(amount(2025, 1)), earlier))
				.expectNoEvents()
				.expectException(codes("intervention.decision-before-start"));
			InterventionTest.this.fixture.given(started())
				.when(new CloseIntervention(ID, 0L, PERIOD.end(), earlier))
				.expectNoEvents()
				.expectException(codes("intervention.decision-before-start"));
			InterventionTest.this.fixture.given(started())
				.when(new CloseIntervention(ID, 0L, PERIOD.end(), DECISION))
				.expectEvents(new InterventionClosed(ID, ASSOCIATION, PERIOD.end(), DECISION));
		}

		@Test
		void aClosedInterventionChangesNoMore() {
			InterventionClosed closed = new InterventionClosed(ID, ASSOCIATION, PERIOD.end(),
					decision(LocalDate.of(2027, 2, 12), 4));
			List<Object> commands = List.of(new SetInterventionGoals(ID, 1L, List.of(IN_WORDS), LATER),
					new ExtendIntervention(ID, 1L, LocalDate.of(2027, 6, 30), LATER),
					new ChangeInterventionBudget(ID, 1L, List.of(amount(2025, 1)), LATER),
					new CloseIntervention(ID, 1L, PERIOD.end(), LATER), new SetReportSchedule(ID, 1L, List.of()),
					report(APRIL, AUGUST_END).command(),
					new RecordDisbursement(ID, LocalDate.of(2027, 3, 1), Money.ofKronor(1)));
			for (Object command : commands) {
				InterventionTest.this.fixture.given(started(), closed)
					.when(command)
					.expectNoEvents()
					.expectException(conflict("intervention.closed"))
					.expectExceptionMessage(
							"Insatsen avslutades 2026-12-31 (2027-02-12 § 4); inget mer registreras på den.");
			}
		}

	}

	@Nested
	class Schedule {

		@Test
		void setsTheReportsToFile() {
			List<ReportDue> dues = List.of(new ReportDue(PERIOD.start(), PERIOD.start(), ReportKind.BOARD_MEETING),
					new ReportDue(LocalDate.of(2025, 9, 5), AUGUST_END, ReportKind.INTERIM),
					new ReportDue(LocalDate.of(2027, 2, 28), PERIOD.end(), ReportKind.FINAL));
			InterventionTest.this.fixture.given(started())
				.when(new SetReportSchedule(ID, 0L, dues))
				.expectResultMessagePayload(1L)
				.expectEvents(new ReportScheduleSet(ID, ASSOCIATION, dues));
		}

		@Test
		void rejectsADueBeforeTheStartAPeriodEndOutsideTheInterventionAndTwoDuesForOneDay() {
			List<ReportDue> dues = List.of(
					new ReportDue(PERIOD.start().minusDays(1), AUGUST_END, ReportKind.BOARD_MEETING),
					new ReportDue(LocalDate.of(2027, 2, 28), LocalDate.of(2027, 1, 31), ReportKind.FINAL),
					new ReportDue(LocalDate.of(2025, 9, 5), AUGUST_END, ReportKind.INTERIM));
			InterventionTest.this.fixture.given(started())
				.when(new SetReportSchedule(ID, 0L, dues))
				.expectNoEvents()
				.expectException(codes("intervention.schedule-due-before-start", "intervention.schedule-period-end",
						"intervention.schedule-duplicate"));
		}

	}

	@Nested
	class Reports {

		private final InterventionFixture.Report spring = report(APRIL, AUGUST_END)
			.participants(women(AgeBand.AGE_20_24, 4, 7, 2), men(AgeBand.AGE_25_29, 3, 5, 1))
			.outcomes(outcome(LegalGender.WOMAN, ExitOutcome.WORK, 1),
					outcome(LegalGender.WOMAN, ExitOutcome.STUDIES, 1),
					outcome(LegalGender.MAN, ExitOutcome.REFERRED_TO_AF, 1))
			.steps(steps(LegalGender.WOMAN, 5), steps(LegalGender.MAN, 3));

		@Test
		void filesAReportWithTheGoalsComputedFromItsFigures() {
			// 2 of 3 who ended went to work or studies; 8 of 12 active made a step.
			InterventionTest.this.fixture.given(started(), goalsSet(TO_WORK_OR_STUDIES, IN_WORDS, STEPS))
				.when(this.spring.command())
				.expectResultMessagePayload(2L)
				.expectEvents(this.spring.filed(
						new GoalResult(1, GoalMeasure.SHARE_ENDED_TO_WORK_OR_STUDIES, new BigDecimal("66.7"),
								new BigDecimal("45"), true),
						new GoalResult(3, GoalMeasure.SHARE_ACTIVE_WITH_STEP, new BigDecimal("66.7"),
								new BigDecimal("80"), false)));
		}

		@Test
		void aReportBeforeAnyGoalsWereSetHasNoGoalResults() {
			InterventionTest.this.fixture.given(started())
				.when(this.spring.command())
				.expectEvents(this.spring.filed());
		}

		@Test
		void leavesAShareOpenWhenNobodyEndedButStillCounts() {
			InterventionGoal fortyActive = new InterventionGoal("Minst 40 aktiva", GoalMeasure.COUNT_ACTIVE, true,
					new BigDecimal("40"));
			InterventionFixture.Report quiet = report(APRIL, LocalDate.of(2025, 4, 30))
				.participants(women(AgeBand.AGE_30_39, 2, 2, 0));
			InterventionTest.this.fixture.given(started(), goalsSet(TO_WORK_OR_STUDIES, fortyActive))
				.when(quiet.command())
				.expectEvents(quiet.filed(
						new GoalResult(1, GoalMeasure.SHARE_ENDED_TO_WORK_OR_STUDIES, null, new BigDecimal("45"), null),
						new GoalResult(2, GoalMeasure.COUNT_ACTIVE, new BigDecimal("2"), new BigDecimal("40"), false)));
		}

		@Test
		void rejectsAPeriodOutsideTheInterventionBackwardsOrAcrossTheNewYear() {
			InterventionTest.this.fixture.given(started())
				.when(report(PERIOD.start().minusDays(1), AUGUST_END).command())
				.expectNoEvents()
				.expectException(codes("intervention.report-period"));
			InterventionTest.this.fixture.given(started())
				.when(report(AUGUST_END, APRIL).filedOn(LocalDate.of(2025, 9, 1)).command())
				.expectNoEvents()
				.expectException(codes("intervention.report-period"));
			InterventionTest.this.fixture.given(started())
				.when(report(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 28)).command())
				.expectNoEvents()
				.expectException(codes("intervention.report-calendar-year"));
			InterventionTest.this.fixture.given(started())
				.when(report(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31)).command())
				.expectNoEvents()
				.expectException(codes("intervention.report-period", "intervention.report-calendar-year"));
		}

		@Test
		void rejectsAReportOnAPeriodThatHasNotEnded() {
			InterventionTest.this.fixture.given(started())
				.when(report(APRIL, AUGUST_END).filedOn(AUGUST_END.minusDays(1)).command())
				.expectNoEvents()
				.expectException(codes("intervention.report-period-not-ended"));
			InterventionTest.this.fixture.given(started())
				.when(report(APRIL, AUGUST_END).filedOn(AUGUST_END).command())
				.expectEvents(report(APRIL, AUGUST_END).filedOn(AUGUST_END).filed());
		}

		@Test
		void rejectsAReportOverlappingACurrentOne() {
			InterventionTest.this.fixture.given(started(), report(APRIL, AUGUST_END).filed())
				.when(report(AUGUST_END, LocalDate.of(2025, 12, 31)).command())
				.expectNoEvents()
				.expectException(codes("intervention.report-overlap"))
				.expectExceptionMessage("Det finns redan en rapport för 2025-04-01–2025-08-31; en rättelse anger "
						+ "vilken rapport den ersätter.");
			InterventionTest.this.fixture.given(started(), report(APRIL, AUGUST_END).filed())
				.when(report(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31)).command())
				.expectEvents(report(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31)).filed());
		}

		@Test
		void aCorrectionSupersedesAReportAndMayCoverItsPeriod() {
			InterventionFixture.Report first = report(APRIL, AUGUST_END);
			InterventionFixture.Report correction = report(APRIL, AUGUST_END).id(UUID.randomUUID())
				.correcting(first)
				.costs(Money.ofKronor(135_000))
				.filedOn(LocalDate.of(2025, 9, 20));
			InterventionTest.this.fixture.given(started(), first.filed())
				.when(correction.command())
				.expectEvents(correction.filed());
		}

		@Test
		void rejectsACorrectionOfAnUnknownOrAlreadyCorrectedReport() {
			InterventionFixture.Report first = report(APRIL, AUGUST_END);
			InterventionFixture.Report correction = report(APRIL, AUGUST_END).id(UUID.randomUUID()).correcting(first);
			InterventionFixture.Report again = report(APRIL, AUGUST_END).id(UUID.randomUUID()).correcting(first);
			InterventionTest.this.fixture.given(started(), first.filed(), correction.filed())
				.when(again.command())
				.expectNoEvents()
				.expectException(codes("intervention.report-supersedes", "intervention.report-overlap"));
			InterventionTest.this.fixture.given(started())
				.when(report(APRIL, AUGUST_END).correcting(first).command())
				.expectNoEvents()
				.expectException(codes("intervention.report-supersedes"));
		}

		@Test
		void rejectsNegativeCountsAndCountsThatContradictEachOther() {
			InterventionFixture.Report contradictory = report(APRIL, AUGUST_END)
				.participants(women(AgeBand.AGE_20_24, -1, 3, 1), women(AgeBand.AGE_20_24, 1, 3, 1),
						men(AgeBand.AGE_60_64, 3, 2, 1), men(AgeBand.AGE_16_19, 0, 2, 3))
				.outcomes(outcome(LegalGender.WOMAN, ExitOutcome.WORK, 3),
						outcome(LegalGender.WOMAN, ExitOutcome.WORK, 0),
						outcome(LegalGender.MAN, ExitOutcome.OTHER, -1))
				.steps(steps(LegalGender.MAN, 5), steps(LegalGender.MAN, 0), steps(LegalGender.WOMAN, -2))
				.costs(Money.ofKronor(-1));
			InterventionTest.this.fixture.given(started())
				.when(contradictory.command())
				.expectNoEvents()
				.expectException(codes("intervention.report-count-negative", "intervention.report-duplicate",
						"intervention.report-new-above-active", "intervention.report-ended-above-active",
						"intervention.report-duplicate", "intervention.report-count-negative",
						"intervention.report-duplicate", "intervention.report-count-negative",
						"intervention.report-outcomes-above-ended", "intervention.report-steps-above-active",
						"intervention.report-costs-negative"));
		}

		@Test
		void acceptsCountsAtTheirLimits() {
			// Everyone active was new, ended, went somewhere and made a step.
			InterventionFixture.Report full = report(APRIL, AUGUST_END).participants(men(AgeBand.AGE_40_49, 2, 2, 2))
				.outcomes(outcome(LegalGender.MAN, ExitOutcome.WORK, 1), outcome(LegalGender.MAN, ExitOutcome.OTHER, 1))
				.steps(steps(LegalGender.MAN, 2))
				.costs(Money.ZERO);
			InterventionTest.this.fixture.given(started()).when(full.command()).expectEvents(full.filed());
		}

		@Test
		void rejectsANarrativeThatHoldsAPersonalIdentityNumber() {
			for (String number : List.of("19850101-1234", "850101-1234", "8501011234", "198501011234", "850101+1234")) {
				InterventionTest.this.fixture.given(started())
					.when(report(APRIL, AUGUST_END).narrative("Deltagaren " + number + " fick arbete.").command())
					.expectNoEvents()
					.expectException(codes("intervention.report-personal-data"));
			}
		}

		@Test
		void keepsDatesAndAmountsInTheNarrative() {
			InterventionFixture.Report report = report(APRIL, AUGUST_END)
				.narrative("Per 2025-08-31 har 261 250 kr använts; 12 deltagare, styrgrupp 2025-06-12.");
			InterventionTest.this.fixture.given(started()).when(report.command()).expectEvents(report.filed());
		}

	}

	@Nested
	class Disbursements {

		@Test
		void recordsAPaymentAndWhatRemainsOfTheBudget() {
			InterventionTest.this.fixture.given(started(), paid(300_000))
				.when(new RecordDisbursement(ID, LocalDate.of(2025, 7, 1), Money.ofKronor(600_000)))
				.expectResultMessagePayload(2L)
				.expectEvents(new DisbursementRecorded(ID, ASSOCIATION, LocalDate.of(2025, 7, 1),
						Money.ofKronor(600_000), Money.ZERO));
		}

		@Test
		void rejectsAPaymentOfNothing() {
			InterventionTest.this.fixture.given(started())
				.when(new RecordDisbursement(ID, LocalDate.of(2025, 7, 1), Money.ZERO))
				.expectNoEvents()
				.expectException(codes("intervention.disbursement-amount"));
		}

		@Test
		void rejectsAPaymentBeyondTheGrantAndSaysWhatRemains() {
			InterventionTest.this.fixture.given(started(), paid(650_000))
				.when(new RecordDisbursement(ID, LocalDate.of(2025, 7, 1), new Money(25_000_001)))
				.expectNoEvents()
				.expectException(codes("intervention.disbursement-exceeds-grant"))
				.expectExceptionMessage(
						"Utbetalningen (250 000,01 kr) är mer än det som återstår av insatsens budget: 250 000 kr.");
		}

		@Test
		void aLargerBudgetMakesRoomForMorePayments() {
			InterventionTest.this.fixture
				.given(started(), paid(900_000),
						new InterventionBudgetChanged(ID, ASSOCIATION,
								List.of(amount(2025, 400_000), amount(2026, 600_000)), LATER))
				.when(new RecordDisbursement(ID, LocalDate.of(2026, 3, 1), Money.ofKronor(100_000)))
				.expectEvents(new DisbursementRecorded(ID, ASSOCIATION, LocalDate.of(2026, 3, 1),
						Money.ofKronor(100_000), Money.ZERO));
		}

	}

	private static DisbursementRecorded paid(long kronor) {
		return new DisbursementRecorded(ID, ASSOCIATION, LocalDate.of(2025, 5, 1), Money.ofKronor(kronor), Money.ZERO);
	}

}
