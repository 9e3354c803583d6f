package se.finsam.query.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import se.finsam.query.JsonColumns;
import se.finsam.query.ViewDatabase;
import se.finsam.embedded.EmbeddedPostgresServer;
import se.finsam.events.ApplicationId;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PlanId;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.events.association.MemberOrganisationAdded;
import se.finsam.events.plan.BudgetRevised;
import se.finsam.events.plan.ContributionReceived;
import se.finsam.events.plan.ContributionsPledged;
import se.finsam.events.plan.EconomicGoals;
import se.finsam.events.plan.FundsReserved;
import se.finsam.events.plan.LineGroup;
import se.finsam.events.plan.MunicipalitySplit;
import se.finsam.events.plan.OpeningEquityRecorded;
import se.finsam.events.plan.OutcomeRecorded;
import se.finsam.events.plan.PlanAdopted;
import se.finsam.events.plan.PlanClosed;
import se.finsam.events.plan.PlanDrafted;
import se.finsam.events.plan.DraftAmended;
import se.finsam.events.plan.PlanFiguresStated;
import se.finsam.events.plan.PlanGoals;
import se.finsam.events.plan.PlanGoalsSet;
import se.finsam.events.plan.PlanSentForConsultation;
import se.finsam.events.plan.Pledge;
import se.finsam.events.plan.StatedFigure;
import se.finsam.events.plan.StatedFigure.Figure;
import se.finsam.query.plan.PlanView.Finding;
import se.finsam.query.plan.PlanView.Line;
import se.finsam.query.plan.PlanView.LineYear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.finsam.query.plan.PlanViewFixture.ASSOCIATION;
import static se.finsam.query.plan.PlanViewFixture.FK;
import static se.finsam.query.plan.PlanViewFixture.FORSHAGA;
import static se.finsam.query.plan.PlanViewFixture.PLAN;
import static se.finsam.query.plan.PlanViewFixture.REGION;
import static se.finsam.query.plan.PlanViewFixture.YEAR;
import static se.finsam.query.plan.PlanViewFixture.decision;
import static se.finsam.query.plan.PlanViewFixture.kr;
import static se.finsam.query.plan.PlanViewFixture.line;
import static se.finsam.query.plan.PlanViewFixture.plan2025;
import static se.finsam.query.plan.PlanViewFixture.registered;

/**
 * The plan view against a real PostgreSQL: events go through the projection's handlers as
 * the tracking processor delivers them (with aggregate sequence and timestamp), and the
 * view is read back as of several days.
 */
class PlanViewIT {

	private static final LocalDate ADOPTED = LocalDate.of(2024, 11, 13);

	private static final LocalDate REVISED = LocalDate.of(2025, 3, 19);

	private static EmbeddedPostgresServer postgres;

	private static PlanRepository repository;

	private static AnnotationEventHandlerAdapter projection;

	private static MockMvc api;

	private final List<DomainEventMessage<?>> delivered = new ArrayList<>();

	@BeforeAll
	static void startPostgres() {
		postgres = EmbeddedPostgresServer.start(null, 0);
		DataSource dataSource = ViewDatabase.migrated(postgres, "plan_view");
		ObjectMapper json = ViewDatabase.json();
		repository = new PlanRepository(new JdbcTemplate(dataSource), new JsonColumns(json));
		projection = new AnnotationEventHandlerAdapter(new PlanProjection(repository));
		Clock midsummer = Clock.fixed(Instant.parse("2025-06-20T10:00:00Z"), PlanHistory.SWEDEN);
		api = MockMvcBuilders
			.standaloneSetup(new PlanQueryController(repository, midsummer, ViewDatabase.readingEverything(dataSource)))
			.setMessageConverters(new MappingJackson2HttpMessageConverter(json))
			.build();
	}

	@AfterAll
	static void stopPostgres() {
		postgres.close();
	}

	@BeforeEach
	void emptyTheView() {
		projection.prepareReset();
	}

	@Test
	void theDraftCountsFromTheSwedishDayItWasRecorded() {
		history();

		assertThat(view(LocalDate.of(2024, 9, 30)).lines()).isEmpty();
		PlanView draft = view(LocalDate.of(2024, 10, 1));
		assertThat(draft.status()).isEqualTo(PlanView.Status.DRAFT);
		assertThat(draft.sentForConsultationOn()).isNull();
		assertThat(draft.adoption()).isNull();
		assertThat(draft.lines()).extracting(Line::code)
			.containsExactly("bidrag-fk", "bidrag-region", "bidrag-forshaga", "eget-kapital", "kansli", "insatser",
					"struktur", "fria-medel");
		assertThat(year(draft, "kansli", YEAR))
			.isEqualTo(new LineYear(YEAR, kr(592_650), null, Money.ZERO, Money.ZERO, kr(592_650)));
		assertThat(view(LocalDate.of(2024, 10, 2)).sentForConsultationOn()).isEqualTo(LocalDate.of(2024, 10, 2));
	}

	@Test
	void asAdoptedOnTheAdoptionDayAndAsRevisedOnTheRevisionDay() {
		history();

		PlanView adopted = view(ADOPTED);
		assertThat(adopted.status()).isEqualTo(PlanView.Status.ADOPTED);
		assertThat(adopted.adoption().citation()).isEqualTo("2024-11-13 § 5");
		assertThat(adopted.adoption().late()).isFalse();
		assertThat(year(adopted, "kansli", YEAR).adopted()).isEqualTo(kr(592_650));
		assertThat(adopted.lines()).extracting(Line::code).doesNotContain("esf");
		PlanView dayBefore = view(REVISED.minusDays(1));
		assertThat(dayBefore.lines()).isEqualTo(adopted.lines());
		assertThat(dayBefore.years()).isEqualTo(adopted.years());
		assertThat(dayBefore.revisions()).isEmpty();

		PlanView revised = view(REVISED);
		assertThat(revised.revisions()).singleElement().satisfies((revision) -> {
			assertThat(revision.citation()).isEqualTo("2025-03-19 § 12");
			assertThat(revision.reason()).isEqualTo("Projektmedel till kansliet");
			assertThat(revision.lines()).containsExactly("kansli", "esf");
		});
		assertThat(year(revised, "kansli", YEAR).budget()).isEqualTo(kr(650_000));
		assertThat(year(revised, "kansli", YEAR).adopted()).isEqualTo(kr(592_650));
		assertThat(year(revised, "esf", YEAR).adopted()).isNull();
		assertThat(revised.lines()).extracting(Line::code).endsWith("fria-medel", "esf");
		PlanView.YearFigures figures = revised.years().get(0);
		assertThat(figures.income()).isEqualTo(kr(3_647_350));
		assertThat(figures.costs()).isEqualTo(kr(3_647_350));
		assertThat(figures.result()).isEqualTo(Money.ZERO);
		assertThat(figures.groups().get(LineGroup.ADMINISTRATION)).isEqualTo(kr(650_000));
		assertThat(figures.shares().get(LineGroup.ADMINISTRATION)).isEqualTo("25.4");
		assertThat(adopted.years().get(0).shares().get(LineGroup.ADMINISTRATION)).isEqualTo("23.2");
	}

	@Test
	void spendingUnderAGrantUsesItsReservationUpBeforeItLowersWhatRemains() {
		history();
		plan(new OutcomeRecorded(ASSOCIATION, PLAN, YEAR, "fria-medel", LocalDate.of(2025, 10, 31), kr(120_000),
				"Insatsens rapport"), "2025-11-05T09:00:00Z");
		LineYear within = year(view(LocalDate.of(2025, 11, 1)), "fria-medel", YEAR);
		assertThat(within.reserved()).isEqualTo(kr(200_000));
		assertThat(within.spent()).isEqualTo(kr(120_000));
		assertThat(within.remaining()).isEqualTo(kr(349_350));
		plan(new OutcomeRecorded(ASSOCIATION, PLAN, YEAR, "fria-medel", LocalDate.of(2025, 12, 31), kr(260_000),
				"Insatsens slutrapport"), "2026-01-15T09:00:00Z");
		assertThat(year(view(LocalDate.of(2025, 12, 31)), "fria-medel", YEAR).remaining()).isEqualTo(kr(289_350));
	}

	@Test
	void reservationsOutcomesAndPaymentsCountFromTheirOwnDays() {
		history();

		assertThat(year(view(LocalDate.of(2025, 4, 9)), "fria-medel", YEAR).reserved()).isEqualTo(Money.ZERO);
		PlanView may = view(LocalDate.of(2025, 5, 1));
		assertThat(year(may, "fria-medel", YEAR))
			.isEqualTo(new LineYear(YEAR, kr(549_350), kr(549_350), kr(200_000), Money.ZERO, kr(349_350)));
		assertThat(year(may, "kansli", YEAR).spent()).isEqualTo(kr(150_000));
		assertThat(year(may, "kansli", YEAR).remaining()).isEqualTo(kr(500_000));
		assertThat(year(view(LocalDate.of(2025, 8, 31)), "kansli", YEAR).spent()).isEqualTo(kr(400_000));

		PlanView.Contributions march = view(LocalDate.of(2025, 3, 1)).contributions().get(0);
		assertThat(march.split()).isEqualTo(MunicipalitySplit.EQUAL);
		assertThat(march.members()).extracting("member", "name", "kind", "pledged", "received")
			.containsExactly(tuple(FK, "Försäkringskassan", MemberKind.STATE_AGENCY, kr(1_280_000), kr(640_000)),
					tuple(REGION, "Region Värmland", MemberKind.REGION, kr(640_000), Money.ZERO),
					tuple(FORSHAGA, "Forshaga kommun", MemberKind.MUNICIPALITY, kr(640_000), Money.ZERO));
		assertThat(march.receivedShares()).containsEntry(MemberKind.STATE_AGENCY, "100.0")
			.containsEntry(MemberKind.REGION, "0.0");
		assertThat(view(LocalDate.of(2025, 4, 1)).contributions().get(0).receivedShares())
			.containsEntry(MemberKind.STATE_AGENCY, "50.0")
			.containsEntry(MemberKind.REGION, "50.0")
			.containsEntry(MemberKind.MUNICIPALITY, "0.0");
	}

	@Test
	void equityRunsThroughTheYearsAndTheYearIsClosedByTheAnnualReport() {
		history();

		PlanView june = view(LocalDate.of(2025, 6, 1));
		assertThat(june.years()).extracting((year) -> year.equity().closing())
			.containsExactly(kr(1_416_000), kr(771_000), kr(771_000));
		assertThat(june.years().get(1).equity()).isEqualTo(
				new PlanView.Equity(kr(1_416_000), kr(645_000), Money.ZERO, kr(771_000), kr(512_000), kr(800_000)));
		assertThat(june.closure()).isNull();

		PlanView closed = view(LocalDate.of(2026, 3, 20));
		assertThat(closed.status()).isEqualTo(PlanView.Status.CLOSED);
		assertThat(closed.closure().closingEquity()).isEqualTo(kr(1_500_000));
	}

	@Test
	void membersMayArriveAfterThePlanAndEachKindIsShared() {
		history();

		PlanView.YearFigures figures = view(ADOPTED).years().get(0);
		assertThat(figures.memberShares()).containsEntry(MemberKind.STATE_AGENCY, "50.0")
			.containsEntry(MemberKind.REGION, "25.0")
			.containsEntry(MemberKind.MUNICIPALITY, "25.0");
	}

	@Test
	void anAmendedDraftReplacesTheDraftsLinesFromTheDayItWasFirstRecorded() {
		deliverPlan(PLAN, 0, new PlanDrafted(ASSOCIATION, PLAN, YEAR, plan2025()), "2024-09-30T22:30:00Z");
		plan(new DraftAmended(ASSOCIATION, PLAN, YEAR,
				List.of(line("kansli", LineGroup.ADMINISTRATION, null, 700_000, 600_000, 610_000),
						line("fria-medel", LineGroup.FREE_FUNDS, null, YEAR, 300_000))),
				"2024-10-05T09:00:00Z");
		List<DomainEventMessage<?>> again = List.copyOf(this.delivered);
		again.forEach(this::deliver);

		for (LocalDate day : List.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 6))) {
			PlanView draft = view(day);
			assertThat(draft.version()).isEqualTo(1);
			assertThat(draft.lines()).extracting(Line::code).containsExactly("kansli", "fria-medel");
			assertThat(year(draft, "kansli", YEAR))
				.isEqualTo(new LineYear(YEAR, kr(700_000), null, Money.ZERO, Money.ZERO, kr(700_000)));
		}
		assertThat(view(LocalDate.of(2024, 9, 30)).lines()).isEmpty();
	}

	@Test
	void aRedeliveredEventChangesNothing() {
		history();
		PlanView before = view(LocalDate.of(2026, 12, 31));

		List<DomainEventMessage<?>> again = List.copyOf(this.delivered);
		again.forEach(this::deliver);

		assertThat(view(LocalDate.of(2026, 12, 31))).isEqualTo(before);
	}

	@Test
	void findingsCompareTheDocumentWithItsOwnLinesAndTheBudgetWithTheGoals() {
		history();

		List<Finding> findings = view(LocalDate.of(2025, 6, 1)).findings();

		assertThat(findings).extracting(Finding::code, Finding::year)
			.containsExactly(tuple(PlanFindings.STATED_FIGURE_MISMATCH, 2025),
					tuple(PlanFindings.STATED_FIGURE_MISMATCH, 2025), tuple(PlanFindings.EQUITY_ABOVE_CEILING, 2025),
					tuple(PlanFindings.ADMINISTRATION_SHARE_ABOVE_GOAL, 2025),
					tuple(PlanFindings.EQUITY_ABOVE_CEILING, 2026), tuple(PlanFindings.EQUITY_BELOW_FLOOR, 2026),
					tuple(PlanFindings.ADMINISTRATION_SHARE_ABOVE_GOAL, 2026),
					tuple(PlanFindings.EQUITY_ABOVE_CEILING, 2027), tuple(PlanFindings.EQUITY_BELOW_FLOOR, 2027),
					tuple(PlanFindings.ADMINISTRATION_SHARE_ABOVE_GOAL, 2027),
					tuple(PlanFindings.INDIVIDUAL_SHARE_BELOW_GOAL, 2027));
		assertThat(findings.get(0)).isEqualTo(new Finding(PlanFindings.STATED_FIGURE_MISMATCH,
				"Summa intäkter 2025 (\"Summa budget 3 600 000\"): planen anger 3 600 000 kr, raderna ger 3 590 000 kr.",
				Figure.INCOME, null, null, 2025, "3600000.00", "3590000.00"));
		assertThat(findings.get(1)).isEqualTo(new Finding(PlanFindings.STATED_FIGURE_MISMATCH,
				"Statens andel av bidragen 2025 (\"49 % från staten\"): planen anger 49 %, raderna ger 50 %.",
				Figure.MEMBER_SHARE, null, MemberKind.STATE_AGENCY, 2025, "49", "50"));
		assertThat(findings.get(2).message())
			.isEqualTo("Utgående eget kapital 2025 (1 416 000 kr) är över taket på 20 % av bidragen (512 000 kr).");
		assertThat(findings.get(3)).isEqualTo(new Finding(PlanFindings.ADMINISTRATION_SHARE_ABOVE_GOAL,
				"Administration och kansli är 25,4 % av bidragen 2025; målet är högst 15 %.", Figure.SHARE,
				LineGroup.ADMINISTRATION, null, 2025, "15", "25.4"));
		assertThat(findings.get(5)).isEqualTo(new Finding(PlanFindings.EQUITY_BELOW_FLOOR,
				"Utgående eget kapital 2026 (771 000 kr) är under golvet på 800 000 kr.", Figure.EQUITY_CLOSING, null,
				null, 2026, "800000.00", "771000.00"));
		assertThat(findings.get(10).message())
			.isEqualTo("Individinriktade insatser är 58,6 % av bidragen 2027; målet är minst 70 %.");
	}

	@Test
	void anAdoptionAfterTheThirtiethOfNovemberIsAFindingFromTheMeetingOn() {
		PlanId next = PlanId.of(ASSOCIATION, 2026);
		deliverPlan(next, 0, new PlanDrafted(ASSOCIATION, next, 2026, plan2025()), "2025-10-01T08:00:00Z");
		deliverPlan(next, 1, new PlanAdopted(ASSOCIATION, next, 2026, decision(LocalDate.of(2025, 12, 10), 7), true),
				"2025-12-10T15:00:00Z");

		assertThat(repository.find(ASSOCIATION.value(), next.value())
			.orElseThrow()
			.asOf(LocalDate.of(2025, 12, 9))
			.findings()).isEmpty();
		assertThat(repository.find(ASSOCIATION.value(), next.value())
			.orElseThrow()
			.asOf(LocalDate.of(2025, 12, 10))
			.findings())
			.singleElement()
			.isEqualTo(new Finding(PlanFindings.ADOPTED_LATE,
					"Planen antogs 2025-12-10 § 7, efter den 30 november 2025 som lagen anger (2003:1210 §23).", null,
					null, null, 2026, null, null));
	}

	@Test
	void anOldPlanEnteredYearsLaterReadsAsAdoptedAndAsRevisedOnTheBoardsDays() {
		PlanId old = PlanId.of(ASSOCIATION, 2015);
		deliverPlan(old, 0,
				new PlanDrafted(ASSOCIATION, old, 2015,
						List.of(line("fria-medel", LineGroup.FREE_FUNDS, null, 2015, 549_000))),
				"2026-11-23T09:00:00Z");
		deliverPlan(old, 1, new PlanAdopted(ASSOCIATION, old, 2015, decision(LocalDate.of(2014, 11, 27), 5), false),
				"2026-11-23T09:01:00Z");
		deliverPlan(old, 2,
				new BudgetRevised(ASSOCIATION, old, 2015,
						List.of(line("fria-medel", LineGroup.FREE_FUNDS, null, 2015, 600_000)),
						"Outnyttjade medel från 2014", decision(LocalDate.of(2015, 3, 19), 9)),
				"2026-11-23T09:02:00Z");
		PlanHistory history = repository.find(ASSOCIATION.value(), old.value()).orElseThrow();

		assertThat(history.asOf(LocalDate.of(2014, 11, 26)).lines()).isEmpty();
		assertThat(history.asOf(LocalDate.of(2014, 11, 27)).years().get(0).costs()).isEqualTo(kr(549_000));
		assertThat(history.asOf(LocalDate.of(2015, 3, 19)).years().get(0).costs()).isEqualTo(kr(600_000));
		assertThat(history.asOf(LocalDate.of(2026, 11, 23)).years().get(0).costs()).isEqualTo(kr(600_000));
	}

	@Test
	void theApiAnswersWithAmountsAndPerCentsAsStringsAsOfTodayInSweden() throws Exception {
		history();

		api.perform(get("/api/associations/{associationId}/plans/{year}", ASSOCIATION.value(), YEAR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.planId").value(PLAN.toString()))
			.andExpect(jsonPath("$.asOf").value("2025-06-20"))
			.andExpect(jsonPath("$.status").value("ADOPTED"))
			.andExpect(jsonPath("$.adoption.decision.meetingDate").value("2024-11-13"))
			.andExpect(jsonPath("$.adoption.citation").value("2024-11-13 § 5"))
			.andExpect(jsonPath("$.lines[0].member").value("202100-5521"))
			.andExpect(jsonPath("$.lines[0].years[0].budget").value("1280000.00"))
			.andExpect(jsonPath("$.years[0].contributions").value("2560000.00"))
			.andExpect(jsonPath("$.years[0].groups.ADMINISTRATION").value("650000.00"))
			.andExpect(jsonPath("$.years[0].shares.ADMINISTRATION").value("25.4"))
			.andExpect(jsonPath("$.years[0].memberShares.MUNICIPALITY").value("25.0"))
			.andExpect(jsonPath("$.years[0].equity.opening").value("2446000.00"))
			.andExpect(jsonPath("$.goals.economic.equityFloor").value("800000.00"))
			.andExpect(jsonPath("$.stated[1].amount").value("3600000.00"))
			.andExpect(jsonPath("$.findings[0].code").value("plan.stated-figure-mismatch"));
		api.perform(get("/api/plans/{planId}", PLAN.value()).param("asOf", "2024-11-13"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf").value("2024-11-13"))
			.andExpect(jsonPath("$.revisions").isEmpty())
			.andExpect(jsonPath("$.years[0].groups.ADMINISTRATION").value("592650.00"));
	}

	@Test
	void anUnknownPlanIsNotFoundInSwedish() throws Exception {
		history();

		api.perform(get("/api/plans/{planId}", UUID.randomUUID()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Planen finns inte"));
		api.perform(get("/api/associations/{associationId}/plans/{year}", ASSOCIATION.value(), 2030))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(
					"Förbundet har ingen verksamhetsplan för 2030 (ännu). En nyss upprättad plan syns inom några sekunder."));
	}

	/**
	 * A year of the plan, with the association's events arriving last, as they may when
	 * the processor replays partitions.
	 */
	private void history() {
		deliverPlan(PLAN, 0, new PlanDrafted(ASSOCIATION, PLAN, YEAR, plan2025()), "2024-09-30T22:30:00Z");
		plan(new PlanGoalsSet(ASSOCIATION, PLAN, YEAR,
				new PlanGoals(List.of("Arbete och studier"), List.of(), new EconomicGoals(20, kr(800_000), 15, 70))),
				"2024-10-01T08:00:00Z");
		plan(new PlanFiguresStated(ASSOCIATION, PLAN, YEAR,
				List.of(amount(Figure.CONTRIBUTIONS, 2_560_000),
						amount(Figure.INCOME, 3_600_000, "Summa budget 3 600 000"),
						new StatedFigure(Figure.GROUP, LineGroup.ADMINISTRATION, null, YEAR, kr(592_650), null,
								"592 650"),
						new StatedFigure(Figure.SHARE, LineGroup.ADMINISTRATION, null, YEAR, null, 23, "23 %"),
						new StatedFigure(Figure.MEMBER_SHARE, null, MemberKind.STATE_AGENCY, YEAR, null, 49,
								"49 % från staten"),
						amount(Figure.EQUITY_OPENING, 2_446_000), amount(Figure.EQUITY_CLOSING, 1_416_000))),
				"2024-10-01T08:01:00Z");
		plan(new OpeningEquityRecorded(ASSOCIATION, PLAN, YEAR, kr(2_446_000), "Prognos för 2024"),
				"2024-10-01T08:02:00Z");
		plan(new PlanSentForConsultation(ASSOCIATION, PLAN, YEAR, LocalDate.of(2024, 10, 2)), "2024-10-02T09:00:00Z");
		plan(new PlanAdopted(ASSOCIATION, PLAN, YEAR, decision(ADOPTED, 5), false), "2024-11-13T15:00:00Z");
		plan(new ContributionsPledged(ASSOCIATION, PLAN, YEAR, MunicipalitySplit.EQUAL,
				List.of(new Pledge(FK, kr(1_280_000), null), new Pledge(REGION, kr(640_000), null),
						new Pledge(FORSHAGA, kr(640_000), null))),
				"2024-12-01T09:00:00Z");
		plan(new ContributionReceived(ASSOCIATION, PLAN, YEAR, FK, LocalDate.of(2025, 2, 27), kr(640_000)),
				"2025-02-28T09:00:00Z");
		plan(new BudgetRevised(ASSOCIATION, PLAN, YEAR,
				List.of(line("kansli", LineGroup.ADMINISTRATION, null, 650_000, 600_000, 610_000),
						line("esf", LineGroup.EXTERNAL_FUNDING, null, YEAR, 57_350)),
				"Projektmedel till kansliet", decision(REVISED, 12)), "2025-03-20T09:00:00Z");
		plan(new ContributionReceived(ASSOCIATION, PLAN, YEAR, REGION, LocalDate.of(2025, 3, 31), kr(640_000)),
				"2025-04-01T09:00:00Z");
		plan(new FundsReserved(ASSOCIATION, PLAN, YEAR, "fria-medel", ApplicationId.random(), kr(200_000),
				decision(LocalDate.of(2025, 4, 10), 3)), "2025-04-10T15:00:00Z");
		plan(new OutcomeRecorded(ASSOCIATION, PLAN, YEAR, "kansli", LocalDate.of(2025, 4, 30), kr(150_000),
				"Bokföringen"), "2025-05-05T09:00:00Z");
		plan(new OutcomeRecorded(ASSOCIATION, PLAN, YEAR, "kansli", LocalDate.of(2025, 8, 31), kr(400_000),
				"Delårsrapport per 2025-08-31"), "2025-09-15T09:00:00Z");
		plan(new PlanClosed(ASSOCIATION, PLAN, YEAR, decision(LocalDate.of(2026, 3, 20), 4), kr(1_500_000)),
				"2026-03-20T15:00:00Z");
		deliver(new GenericDomainEventMessage<>("Association", ASSOCIATION.toString(), 0, registered(),
				MetaData.emptyInstance(), UUID.randomUUID().toString(), Instant.parse("2024-01-10T09:00:00Z")));
		deliver(new GenericDomainEventMessage<>("Association", ASSOCIATION.toString(), 3,
				new MemberOrganisationAdded(ASSOCIATION,
						new MemberOrganisation(OrganisationNumber.of("212000-1827"), "Hagfors kommun",
								MemberKind.MUNICIPALITY)),
				MetaData.emptyInstance(), UUID.randomUUID().toString(), Instant.parse("2025-01-10T09:00:00Z")));
	}

	private static StatedFigure amount(Figure figure, long kronor) {
		return amount(figure, kronor, "");
	}

	private static StatedFigure amount(Figure figure, long kronor, String text) {
		return new StatedFigure(figure, null, null, YEAR, kr(kronor), null, text);
	}

	private void plan(Object event, String at) {
		long sequence = this.delivered.stream()
			.filter((message) -> message.getAggregateIdentifier().equals(PLAN.toString()))
			.count();
		deliverPlan(PLAN, sequence, event, at);
	}

	private void deliverPlan(PlanId plan, long sequence, Object event, String at) {
		deliver(new GenericDomainEventMessage<>("Plan", plan.toString(), sequence, event, MetaData.emptyInstance(),
				UUID.randomUUID().toString(), Instant.parse(at)));
	}

	private void deliver(DomainEventMessage<?> message) {
		try {
			projection.handle(message);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		this.delivered.add(message);
	}

	private static PlanView view(LocalDate day) {
		return repository.find(ASSOCIATION.value(), PLAN.value()).orElseThrow().asOf(day);
	}

	private static LineYear year(PlanView view, String code, int year) {
		return view.lines()
			.stream()
			.filter((line) -> line.code().equals(code))
			.findFirst()
			.orElseThrow()
			.years()
			.stream()
			.filter((amounts) -> amounts.year() == year)
			.findFirst()
			.orElseThrow();
	}

}
