package se.finsam.command.plan;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.finsam.command.shared.RuleViolation;
import se.finsam.command.shared.StateConflict;
import se.finsam.events.AnnualAmount;
import se.finsam.events.DecisionReference;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.plan.BudgetLine;
import se.finsam.events.plan.BudgetRevised;
import se.finsam.events.plan.ContributionReceived;
import se.finsam.events.plan.ContributionsPledged;
import se.finsam.events.plan.DraftAmended;
import se.finsam.events.plan.EconomicGoals;
import se.finsam.events.plan.MunicipalitySplit;
import se.finsam.events.plan.OutcomeRecorded;
import se.finsam.events.plan.PlanClosed;
import se.finsam.events.plan.PlanGoals;
import se.finsam.events.plan.PlanGoalsSet;
import se.finsam.events.plan.Pledge;
import se.finsam.events.plan.StatedFigure;
import se.finsam.events.plan.FundsReserved;
import se.finsam.events.plan.LineGroup;
import se.finsam.events.plan.PlanAdopted;
import se.finsam.events.plan.PlanSentForConsultation;

import static se.finsam.command.shared.BrokenRules.codes;
import static se.finsam.command.plan.PlanFixture.ADOPTION;
import static se.finsam.command.plan.PlanFixture.ASSOCIATION;
import static se.finsam.command.plan.PlanFixture.PLAN;
import static se.finsam.command.plan.PlanFixture.YEAR;
import static se.finsam.command.plan.PlanFixture.adopted;
import static se.finsam.command.plan.PlanFixture.contribution;
import static se.finsam.command.plan.PlanFixture.decision;
import static se.finsam.command.plan.PlanFixture.drafted;
import static se.finsam.command.plan.PlanFixture.freeFunds;
import static se.finsam.command.plan.PlanFixture.reserve;

class PlanTest {

	private AggregateTestFixture<Plan> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Plan.class);
		this.fixture.registerInjectableResource(PlanFixture.DIRECTORY);
	}

	@Test
	void draftsAPlanWithItsLines() {
		this.fixture.givenNoPriorActivity()
			.when(new DraftPlan(PLAN, ASSOCIATION, YEAR, List.of(contribution(1_000_000), freeFunds(500_000))))
			.expectSuccessfulHandlerExecution()
			.expectEvents(drafted(contribution(1_000_000), freeFunds(500_000)));
	}

	@Test
	void draftsAPlanWithGoalsButNoBudgetYet() {
		this.fixture.givenNoPriorActivity()
			.when(new DraftPlan(PLAN, ASSOCIATION, YEAR, List.of()))
			.expectEvents(drafted());
	}

	@Test
	void rejectsADraftWithLinesOutsideThePlanYearsNegativeAmountsOrForeignMembers() {
		BudgetLine late = new BudgetLine("sen", LineGroup.OTHER, "Övrigt", null,
				List.of(new AnnualAmount(YEAR + 3, Money.ofKronor(1))));
		BudgetLine negative = new BudgetLine("negativ", LineGroup.OTHER, "Övrigt", null,
				List.of(new AnnualAmount(YEAR, Money.ofKronor(-5))));
		BudgetLine foreign = new BudgetLine("bidrag-x", LineGroup.CONTRIBUTION, "Okänd",
				OrganisationNumber.of("212000-1827"), List.of(new AnnualAmount(YEAR, Money.ofKronor(5))));
		this.fixture.givenNoPriorActivity()
			.when(new DraftPlan(PLAN, ASSOCIATION, YEAR, List.of(late, negative, foreign)))
			.expectException(RuleViolation.class)
			.expectNoEvents()
			.expectException(codes("plan.line-year", "plan.line-negative", "plan.contribution-member"));
	}

	@Test
	void rejectsDuplicateLineCodes() {
		this.fixture.givenNoPriorActivity()
			.when(new DraftPlan(PLAN, ASSOCIATION, YEAR, List.of(freeFunds(1), freeFunds(2))))
			.expectNoEvents()
			.expectException(codes("plan.line-duplicate"));
	}

	@Test
	void rejectsAPlanIdThatIsNotTheAssociationsForTheYear() {
		this.fixture.givenNoPriorActivity()
			.when(new DraftPlan(PLAN, ASSOCIATION, YEAR + 1, List.of(freeFunds(1))))
			.expectNoEvents()
			.expectException(codes("plan.id", "plan.line-year"));
	}

	@Test
	void rejectsAdoptingAPlanWithoutLinesAndCostLinesNamingAMemberOrAYearTwice() {
		BudgetLine admin = new BudgetLine("kansli", LineGroup.ADMINISTRATION, "Kansli",
				OrganisationNumber.of("232100-0164"),
				List.of(new AnnualAmount(YEAR, Money.ofKronor(1)), new AnnualAmount(YEAR, Money.ofKronor(2))));
		this.fixture.given(drafted())
			.when(new AdoptPlan(PLAN, 0L, ADOPTION))
			.expectNoEvents()
			.expectException(codes("plan.no-lines"));
		this.fixture.givenNoPriorActivity()
			.when(new DraftPlan(PLAN, ASSOCIATION, YEAR, List.of(admin)))
			.expectNoEvents()
			.expectException(codes("plan.member-on-cost-line", "plan.line-year-duplicate"));
	}

	@Test
	void amendsTheDraftOnlyBeforeConsultation() {
		this.fixture.given(drafted(contribution(1_000_000), freeFunds(500_000)))
			.when(new AmendDraft(PLAN, 0L, List.of(freeFunds(650_000))))
			.expectEvents(new DraftAmended(ASSOCIATION, PLAN, YEAR, List.of(freeFunds(650_000))));
		this.fixture
			.given(drafted(freeFunds(500_000)),
					new PlanSentForConsultation(ASSOCIATION, PLAN, YEAR, LocalDate.of(2025, 10, 1)))
			.when(new AmendDraft(PLAN, 1L, List.of(freeFunds(650_000))))
			.expectNoEvents()
			.expectException(StateConflict.class)
			.expectExceptionMessage("Planen för " + YEAR
					+ " har gått ut på samråd och utkastet ändras inte längre; ändringar görs som revideringar när budgeten är antagen.");
		this.fixture.given(drafted(freeFunds(500_000)), adopted())
			.when(new AmendDraft(PLAN, 1L, List.of(freeFunds(650_000))))
			.expectNoEvents()
			.expectException(StateConflict.class);
	}

	@Test
	void rejectsAnAmendedDraftWithBadLines() {
		BudgetLine negative = new BudgetLine("negativ", LineGroup.OTHER, "Övrigt", null,
				List.of(new AnnualAmount(YEAR, Money.ofKronor(-5))));
		this.fixture.given(drafted(freeFunds(500_000)))
			.when(new AmendDraft(PLAN, 0L, List.of(negative, freeFunds(1), freeFunds(2))))
			.expectNoEvents()
			.expectException(codes("plan.line-negative", "plan.line-duplicate"));
	}

	@Test
	void anAmendedDraftIsWhatTheBoardAdopts() {
		this.fixture
			.given(drafted(contribution(1_000_000), freeFunds(500_000)),
					new DraftAmended(ASSOCIATION, PLAN, YEAR, List.of(freeFunds(650_000))), adopted())
			.when(new ReserveFunds(PLAN, YEAR, PlanFixture.APPLICATION, Money.ofKronor(600_000), ADOPTION))
			.expectSuccessfulHandlerExecution();
		this.fixture.given(drafted(freeFunds(500_000)), new DraftAmended(ASSOCIATION, PLAN, YEAR, List.of()))
			.when(new AdoptPlan(PLAN, 1L, ADOPTION))
			.expectNoEvents()
			.expectException(codes("plan.no-lines"));
	}

	@Test
	void sendsTheDraftForConsultationButNotAnAdoptedPlan() {
		this.fixture.given(drafted(freeFunds(1)))
			.when(new SendPlanForConsultation(PLAN, 0L, LocalDate.of(2025, 10, 1)))
			.expectEvents(new PlanSentForConsultation(ASSOCIATION, PLAN, YEAR, LocalDate.of(2025, 10, 1)));
		this.fixture.given(drafted(freeFunds(1)), adopted())
			.when(new SendPlanForConsultation(PLAN, 1L, LocalDate.of(2025, 12, 1)))
			.expectException(StateConflict.class)
			.expectNoEvents();
	}

	@Test
	void rejectsANonPositiveReservationAndARevisionWithoutReason() {
		this.fixture.given(drafted(freeFunds(500_000)), adopted())
			.when(new ReserveFunds(PLAN, YEAR, PlanFixture.APPLICATION, Money.ZERO, ADOPTION))
			.expectNoEvents()
			.expectException(codes("plan.reservation-amount"));
		this.fixture.given(drafted(freeFunds(500_000)), adopted())
			.when(new ReviseBudget(PLAN, 1L, List.of(freeFunds(2)), " ", decision(LocalDate.of(2026, 3, 19), 5)))
			.expectNoEvents()
			.expectException(codes("plan.revision-reason"));
	}

	@Test
	void setsGoalsAndStatedFiguresOnlyWhileDrafted() {
		PlanGoals goals = new PlanGoals(List.of("Arbete och studier"),
				List.of(new PlanGoals.GoalTarget("Minst 45 % når egen försörjning", null, "45 %")),
				new EconomicGoals(20, null, 15, null));
		this.fixture.given(drafted(freeFunds(1)))
			.when(new SetPlanGoals(PLAN, 0L, goals))
			.expectEvents(new PlanGoalsSet(ASSOCIATION, PLAN, YEAR, goals));
		this.fixture.given(drafted(freeFunds(1)), adopted())
			.when(new SetPlanGoals(PLAN, 1L, goals))
			.expectException(StateConflict.class)
			.expectNoEvents();
	}

	@Test
	void rejectsGoalsAndFiguresThatCannotBeRead() {
		PlanGoals goals = new PlanGoals(List.of("Arbete", "arbete"), List.of(new PlanGoals.GoalTarget(" ", null, "")),
				new EconomicGoals(120, Money.ofKronor(-1), null, null));
		this.fixture.given(drafted(freeFunds(1)))
			.when(new SetPlanGoals(PLAN, 0L, goals))
			.expectNoEvents()
			.expectException(codes("plan.goal-area", "plan.goal-target", "plan.goal-percent", "plan.goal-floor"));
		StatedFigure share = new StatedFigure(StatedFigure.Figure.SHARE, null, MemberKind.REGION, YEAR + 3,
				Money.ofKronor(1), null, "x");
		this.fixture.given(drafted(freeFunds(1)))
			.when(new StatePlanFigures(PLAN, 0L, List.of(share)))
			.expectNoEvents()
			.expectException(codes("plan.figure-year", "plan.figure-value", "plan.figure-group", "plan.figure-kind"));
	}

	@Test
	void splitsTheMunicipalitiesPartByPopulationExactly() {
		OrganisationNumber forshaga = OrganisationNumber.of("212000-1785");
		OrganisationNumber hagfors = OrganisationNumber.of("212000-1827");
		AggregateTestFixture<Plan> twoMunicipalities = new AggregateTestFixture<>(Plan.class);
		twoMunicipalities.registerInjectableResource(PlanFixture.directoryWith(forshaga, hagfors));
		twoMunicipalities.given(drafted(freeFunds(1)))
			.when(new PledgeContributions(PLAN, 0L, YEAR,
					List.of(new Pledge(PlanFixture.REGION, Money.ofKronor(640_000), null)), new Money(100),
					MunicipalitySplit.POPULATION,
					List.of(new PledgeContributions.Municipality(forshaga, 2),
							new PledgeContributions.Municipality(hagfors, 1))))
			.expectEvents(new ContributionsPledged(ASSOCIATION, PLAN, YEAR, MunicipalitySplit.POPULATION,
					List.of(new Pledge(PlanFixture.REGION, Money.ofKronor(640_000), null),
							new Pledge(forshaga, new Money(67), 2), new Pledge(hagfors, new Money(33), 1))));
	}

	@Test
	void rejectsPledgesForNonMembersTwiceOrWithoutPopulation() {
		OrganisationNumber forshaga = OrganisationNumber.of("212000-1785");
		this.fixture.given(drafted(freeFunds(1)))
			.when(new PledgeContributions(PLAN, 0L, YEAR + 3, List.of(new Pledge(forshaga, Money.ofKronor(1), null)),
					Money.ofKronor(5), MunicipalitySplit.POPULATION,
					List.of(new PledgeContributions.Municipality(forshaga, null),
							new PledgeContributions.Municipality(forshaga, 5))))
			.expectNoEvents()
			.expectException(codes("plan.budget-year", "plan.pledge-member", "plan.pledge-population",
					"plan.pledge-municipality"));
	}

	@Test
	void rejectsNegativePledgesAndAMunicipalAmountWithoutMunicipalities() {
		this.fixture.given(drafted(freeFunds(1)))
			.when(new PledgeContributions(PLAN, 0L, YEAR,
					List.of(new Pledge(PlanFixture.REGION, Money.ofKronor(-1), null)), Money.ofKronor(5),
					MunicipalitySplit.EQUAL, List.of()))
			.expectNoEvents()
			.expectException(codes("plan.pledge-amount", "plan.pledge-municipalities"));
	}

	@Test
	void recordsPaymentsAndOutcomesAndClosesTheYear() {
		this.fixture.given(drafted(freeFunds(500_000)), adopted())
			.when(new RecordContributionPayment(PLAN, YEAR, PlanFixture.REGION, LocalDate.of(2026, 2, 27),
					Money.ofKronor(320_000)))
			.expectEvents(new ContributionReceived(ASSOCIATION, PLAN, YEAR, PlanFixture.REGION,
					LocalDate.of(2026, 2, 27), Money.ofKronor(320_000)));
		this.fixture.given(drafted(freeFunds(500_000)), adopted())
			.when(new RecordOutcome(PLAN, YEAR, "fria-medel", LocalDate.of(2026, 8, 31), Money.ofKronor(120_000),
					"Delårsrapport"))
			.expectEvents(new OutcomeRecorded(ASSOCIATION, PLAN, YEAR, "fria-medel", LocalDate.of(2026, 8, 31),
					Money.ofKronor(120_000), "Delårsrapport"));
		DecisionReference annualReport = decision(LocalDate.of(2027, 3, 20), 6);
		this.fixture.given(drafted(freeFunds(500_000)), adopted())
			.when(new ClosePlan(PLAN, 1L, annualReport, Money.ofKronor(800_000)))
			.expectEvents(new PlanClosed(ASSOCIATION, PLAN, YEAR, annualReport, Money.ofKronor(800_000)));
	}

	@Test
	void rejectsBadPaymentsOutcomesAndAnEarlyClose() {
		this.fixture.given(drafted(freeFunds(500_000)), adopted())
			.when(new RecordContributionPayment(PLAN, YEAR, OrganisationNumber.of("212000-1827"),
					LocalDate.of(2026, 2, 27), Money.ZERO))
			.expectNoEvents()
			.expectException(codes("plan.payment-member", "plan.payment-amount"));
		this.fixture.given(drafted(freeFunds(500_000)), adopted())
			.when(new RecordOutcome(PLAN, YEAR, "okand", LocalDate.of(2026, 8, 31), Money.ofKronor(-1), " "))
			.expectNoEvents()
			.expectException(codes("plan.outcome-line", "plan.outcome-amount", "plan.outcome-source"));
		this.fixture.given(drafted(freeFunds(500_000)), adopted())
			.when(new ClosePlan(PLAN, 1L, decision(LocalDate.of(2026, 12, 31), 6), Money.ZERO))
			.expectNoEvents()
			.expectException(codes("plan.close-before-year-end"));
		this.fixture.given(drafted(freeFunds(500_000)))
			.when(new ClosePlan(PLAN, 0L, decision(LocalDate.of(2027, 3, 1), 6), Money.ZERO))
			.expectNoEvents()
			.expectException(codes("plan.not-adopted"));
		this.fixture.given(drafted(freeFunds(500_000)))
			.when(new RecordOpeningEquity(PLAN, 0L, Money.ofKronor(1), " "))
			.expectNoEvents()
			.expectException(codes("plan.equity-source"));
	}

	@Test
	void aClosedYearChangesNoMore() {
		PlanClosed closed = new PlanClosed(ASSOCIATION, PLAN, YEAR, decision(LocalDate.of(2027, 3, 20), 6), Money.ZERO);
		this.fixture.given(drafted(freeFunds(500_000)), adopted(), closed)
			.when(reserve(1))
			.expectException(StateConflict.class)
			.expectNoEvents();
		this.fixture.given(drafted(freeFunds(500_000)), adopted(), closed)
			.when(new RecordOpeningEquity(PLAN, 2L, Money.ofKronor(1), "Årsredovisning"))
			.expectException(StateConflict.class)
			.expectNoEvents();
	}

	@Test
	void adoptionAfterTheThirtiethOfNovemberIsRecordedAsLate() {
		this.fixture.given(drafted(freeFunds(500_000)))
			.when(new AdoptPlan(PLAN, 0L, decision(LocalDate.of(2025, 12, 1), 3)))
			.expectEvents(new PlanAdopted(ASSOCIATION, PLAN, YEAR, decision(LocalDate.of(2025, 12, 1), 3), true));
	}

	@Test
	void adoptionOnTheThirtiethOfNovemberIsInTime() {
		this.fixture.given(drafted(freeFunds(500_000)))
			.when(new AdoptPlan(PLAN, 0L, decision(LocalDate.of(2025, 11, 30), 3)))
			.expectEvents(new PlanAdopted(ASSOCIATION, PLAN, YEAR, decision(LocalDate.of(2025, 11, 30), 3), false));
	}

	@Test
	void rejectsAdoptingTwice() {
		this.fixture.given(drafted(freeFunds(500_000)), adopted())
			.when(new AdoptPlan(PLAN, 1L, ADOPTION))
			.expectException(StateConflict.class)
			.expectNoEvents();
	}

	@Test
	void reservesWithinTheFreeFundsBudget() {
		this.fixture.given(drafted(freeFunds(500_000)), adopted(), reserved(300_000))
			.when(reserve(200_000))
			.expectEvents(reserved(200_000));
	}

	@Test
	void rejectsAReservationBeyondWhatRemains() {
		this.fixture.given(drafted(freeFunds(500_000)), adopted(), reserved(300_000))
			.when(reserve(200_001))
			.expectNoEvents()
			.expectException(codes("plan.reservation-exceeds-budget"))
			.expectExceptionMessage("Beviljat belopp för 2026 (200 001 kr) ryms inte i budgeten för fria medel; "
					+ "det som återstår är 200 000 kr.");
	}

	@Test
	void rejectsAReservationOnADraft() {
		this.fixture.given(drafted(freeFunds(500_000)))
			.when(reserve(1))
			.expectNoEvents()
			.expectException(codes("plan.not-adopted"));
	}

	@Test
	void aRevisionCanRaiseTheBudgetSoThatMoreFits() {
		BudgetRevised revision = new BudgetRevised(ASSOCIATION, PLAN, YEAR, List.of(freeFunds(800_000)), "Överskott",
				decision(LocalDate.of(2026, 3, 19), 5));
		this.fixture.given(drafted(freeFunds(500_000)), adopted(), reserved(500_000), revision)
			.when(reserve(300_000))
			.expectEvents(reserved(300_000));
	}

	@Test
	void rejectsARevisionBelowWhatIsReserved() {
		this.fixture.given(drafted(freeFunds(500_000)), adopted(), reserved(400_000))
			.when(new ReviseBudget(PLAN, 2L, List.of(freeFunds(399_999)), "Besparing",
					decision(LocalDate.of(2026, 3, 19), 5)))
			.expectNoEvents()
			.expectException(codes("plan.revision-below-reserved"));
	}

	@Test
	void rejectsARevisionOfADraftOrBeforeTheAdoption() {
		this.fixture.given(drafted(freeFunds(500_000)))
			.when(new ReviseBudget(PLAN, 0L, List.of(freeFunds(1)), "x", decision(LocalDate.of(2026, 3, 19), 5)))
			.expectNoEvents()
			.expectException(codes("plan.not-adopted"));
		this.fixture.given(drafted(freeFunds(500_000)), adopted())
			.when(new ReviseBudget(PLAN, 1L, List.of(freeFunds(1)), "x", decision(LocalDate.of(2025, 1, 1), 5)))
			.expectNoEvents()
			.expectException(codes("plan.revision-before-adoption"));
	}

	private static FundsReserved reserved(long kronor) {
		ReserveFunds command = reserve(kronor);
		return new FundsReserved(ASSOCIATION, PLAN, YEAR, "fria-medel", command.applicationId(), command.amount(),
				command.decision());
	}

}
