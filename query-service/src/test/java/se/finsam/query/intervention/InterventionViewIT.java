package se.finsam.query.intervention;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import se.finsam.query.JsonColumns;
import se.finsam.query.ViewDatabase;
import se.finsam.embedded.EmbeddedPostgresServer;
import se.finsam.events.AnnualAmount;
import se.finsam.events.InterventionId;
import se.finsam.events.InterventionKind;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.PlanId;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.events.association.MemberOrganisationAdded;
import se.finsam.events.indicator.IndicatorResult;
import se.finsam.events.indicator.IndicatorResult.GenderResult;
import se.finsam.events.indicator.IndicatorResultsRecorded;
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
import se.finsam.events.intervention.InterventionReportFiled;
import se.finsam.events.intervention.LegalGender;
import se.finsam.events.intervention.OutcomeCount;
import se.finsam.events.intervention.ParticipantCount;
import se.finsam.events.intervention.ReportDue;
import se.finsam.events.intervention.ReportDue.ReportKind;
import se.finsam.events.intervention.ReportScheduleSet;
import se.finsam.events.plan.EconomicGoals;
import se.finsam.events.plan.PlanGoals;
import se.finsam.events.plan.PlanGoals.GoalTarget;
import se.finsam.events.plan.PlanGoalsSet;
import se.finsam.platform.security.SecurityLog;
import se.finsam.platform.web.ApiErrorHandler;
import se.finsam.query.intervention.InterventionRegister.Entry;
import se.finsam.query.intervention.InterventionRegister.Filter;
import se.finsam.query.intervention.InterventionRegister.Sort;
import se.finsam.query.intervention.InterventionView.DueState;
import se.finsam.query.intervention.InterventionView.Goal;
import se.finsam.query.intervention.InterventionView.ScheduleItem;
import se.finsam.query.intervention.InterventionView.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.finsam.query.intervention.InterventionViewFixture.ASSOCIATION;
import static se.finsam.query.intervention.InterventionViewFixture.FK;
import static se.finsam.query.intervention.InterventionViewFixture.HAGFORS;
import static se.finsam.query.intervention.InterventionViewFixture.REGION;
import static se.finsam.query.intervention.InterventionViewFixture.count;
import static se.finsam.query.intervention.InterventionViewFixture.decimal;
import static se.finsam.query.intervention.InterventionViewFixture.decision;
import static se.finsam.query.intervention.InterventionViewFixture.kr;
import static se.finsam.query.intervention.InterventionViewFixture.outcome;
import static se.finsam.query.intervention.InterventionViewFixture.registered;
import static se.finsam.query.intervention.InterventionViewFixture.report;
import static se.finsam.query.intervention.InterventionViewFixture.started;

/**
 * The interventions view against a real PostgreSQL: events go through the projection's
 * handlers as the tracking processor delivers them (with aggregate id, sequence and
 * timestamp), and the view is read back as of several days.
 */
class InterventionViewIT {

	private static final InterventionId NAVET = new InterventionId(
			UUID.fromString("6a0f4a52-4f0e-4d5a-9a43-1b1d7c1f0a01"));

	private static final InterventionId PILOT = new InterventionId(
			UUID.fromString("6a0f4a52-4f0e-4d5a-9a43-1b1d7c1f0a02"));

	private static final InterventionId OSTRA = new InterventionId(
			UUID.fromString("6a0f4a52-4f0e-4d5a-9a43-1b1d7c1f0a03"));

	private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

	private static final UUID INTERIM = UUID.fromString("00000000-0000-0000-0000-0000000000a2");

	private static final UUID CORRECTED = UUID.fromString("00000000-0000-0000-0000-0000000000a3");

	private static final UUID LAST = UUID.fromString("00000000-0000-0000-0000-0000000000a4");

	private static EmbeddedPostgresServer postgres;

	private static InterventionRepository repository;

	private static AnnotationEventHandlerAdapter projection;

	private static MockMvc api;

	private final List<DomainEventMessage<?>> delivered = new ArrayList<>();

	@BeforeAll
	static void startPostgres() {
		postgres = EmbeddedPostgresServer.start(null, 0);
		DataSource dataSource = ViewDatabase.migrated(postgres, "intervention_view");
		ObjectMapper json = ViewDatabase.json();
		repository = new InterventionRepository(new JdbcTemplate(dataSource), new JsonColumns(json));
		projection = new AnnotationEventHandlerAdapter(new InterventionProjection(repository));
		Clock october = Clock.fixed(Instant.parse("2025-10-16T10:00:00Z"), InterventionHistory.SWEDEN);
		api = MockMvcBuilders
			.standaloneSetup(
					new InterventionQueryController(repository, october, ViewDatabase.readingEverything(dataSource)))
			.setControllerAdvice(new ApiErrorHandler(new SecurityLog(october)))
			.setMessageConverters(new ByteArrayHttpMessageConverter(), new MappingJackson2HttpMessageConverter(json))
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
	void theInterventionExistsFromTheDecisionThatStartedIt() {
		history();

		assertThat(find(NAVET).asOf(LocalDate.of(2025, 1, 21))).isEmpty();
		InterventionView started = view(NAVET, LocalDate.of(2025, 1, 22));
		assertThat(started.name()).isEqualTo("Navet");
		assertThat(started.owner()).isEqualTo(new InterventionView.Owner(REGION, "Region Värmland"));
		assertThat(started.kind()).isEqualTo(InterventionKind.INDIVIDUAL);
		assertThat(started.started().citation()).isEqualTo("2025-01-22 § 4");
		assertThat(started.status()).isEqualTo(Status.ACTIVE);
		assertThat(started.period())
			.isEqualTo(new InterventionView.Period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 12, 31), List.of()));
		assertThat(started.goals().items())
			.containsExactly(new Goal("Deltagare går till arbete eller studier", "minst 50 %", null, null, null));
		// Recorded late on the 22nd UTC: the 23rd in Sweden.
		assertThat(started.schedule()).isEmpty();
		assertThat(view(NAVET, LocalDate.of(2025, 1, 23)).schedule()).hasSize(3);
	}

	@Test
	void decisionsCountFromTheirMeetingsAndPaymentsFromTheirDays() {
		history();

		InterventionView march = view(NAVET, LocalDate.of(2025, 3, 18));
		assertThat(march.budget()).isEqualTo(new InterventionView.Budget("2025-01-22 § 4",
				List.of(new AnnualAmount(2025, kr(600_000))), kr(600_000), kr(200_000), kr(400_000),
				List.of(new InterventionView.Disbursement(LocalDate.of(2025, 2, 15), kr(200_000)))));
		assertThat(march.goals().citation()).isEqualTo("2025-01-22 § 4");
		InterventionView goalsSet = view(NAVET, LocalDate.of(2025, 3, 19));
		assertThat(goalsSet.goals().citation()).isEqualTo("2025-03-19 § 9");
		assertThat(goalsSet.goals().items()).containsExactly(
				new Goal("Till arbete eller studier", "minst 50 %", GoalMeasure.SHARE_ENDED_TO_WORK_OR_STUDIES, true,
						"50"),
				new Goal("Deltagare under året", "minst 40 deltagare", GoalMeasure.COUNT_ACTIVE, true, "40"));

		InterventionView dayBefore = view(NAVET, LocalDate.of(2025, 10, 14));
		assertThat(dayBefore.period().end()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(dayBefore.budget().total()).isEqualTo(kr(600_000));
		InterventionView extended = view(NAVET, LocalDate.of(2025, 10, 15));
		assertThat(extended.period().end()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(extended.period().extensions()).singleElement()
			.satisfies((extension) -> assertThat(extension.citation()).isEqualTo("2025-10-15 § 7"));
		assertThat(extended.budget().citation()).isEqualTo("2025-10-15 § 8");
		assertThat(extended.budget().years()).extracting(AnnualAmount::year, AnnualAmount::amount)
			.containsExactly(tuple(2025, kr(600_000)), tuple(2026, kr(300_000)));
		assertThat(extended.budget().total()).isEqualTo(kr(900_000));
		assertThat(extended.budget().disbursed()).isEqualTo(kr(400_000));
		assertThat(extended.budget().remaining()).isEqualTo(kr(500_000));

		assertThat(view(NAVET, LocalDate.of(2026, 8, 19)).status()).isEqualTo(Status.ACTIVE);
		InterventionView closed = view(NAVET, LocalDate.of(2026, 8, 20));
		assertThat(closed.status()).isEqualTo(Status.CLOSED);
		assertThat(closed.closure().closedOn()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(closed.closure().citation()).isEqualTo("2026-08-20 § 3");
	}

	@Test
	void aCorrectionSupersedesTheReportItCorrectsFromTheDayItIsFiled() {
		history();

		InterventionView before = view(NAVET, LocalDate.of(2025, 9, 30));
		assertThat(before.reports()).extracting(InterventionView.Report::reportId, InterventionView.Report::current)
			.containsExactly(tuple(FIRST, true), tuple(INTERIM, true));
		assertThat(before.latestResults().reportId()).isEqualTo(INTERIM);
		assertThat(before.latestResults().goalResults()).singleElement()
			.isEqualTo(
					new InterventionView.GoalResult(1, GoalMeasure.SHARE_ENDED_TO_WORK_OR_STUDIES, "60.0", "50", true));

		InterventionView after = view(NAVET, LocalDate.of(2025, 10, 1));
		assertThat(after.reports())
			.extracting(InterventionView.Report::reportId, InterventionView.Report::current,
					InterventionView.Report::supersededBy)
			.containsExactly(tuple(FIRST, true, null), tuple(INTERIM, false, CORRECTED), tuple(CORRECTED, true, null));
		assertThat(after.reports().get(2).supersedes()).isEqualTo(INTERIM);
		assertThat(after.latestResults().reportId()).isEqualTo(CORRECTED);
		assertThat(after.latestResults().goalResults().get(0).value()).isEqualTo("66.7");
	}

	@Test
	void aScheduledReportIsOverdueFromTheDayAfterItIsDueUntilACurrentReportCoversItsPeriod() {
		history();

		assertThat(states(LocalDate.of(2025, 5, 15))).containsExactly(DueState.DUE, DueState.DUE, DueState.DUE);
		assertThat(states(LocalDate.of(2025, 5, 16))).containsExactly(DueState.OVERDUE, DueState.DUE, DueState.DUE);
		assertThat(view(NAVET, LocalDate.of(2025, 5, 16)).overdue()).isEqualTo(1);
		assertThat(states(LocalDate.of(2025, 5, 20))).containsExactly(DueState.FILED, DueState.DUE, DueState.DUE);
		assertThat(states(LocalDate.of(2025, 9, 16))).containsExactly(DueState.FILED, DueState.OVERDUE, DueState.DUE);
		assertThat(states(LocalDate.of(2025, 9, 20))).containsExactly(DueState.FILED, DueState.FILED, DueState.DUE);
		assertThat(view(NAVET, LocalDate.of(2025, 10, 1)).schedule()).extracting(ScheduleItem::reportId)
			.containsExactly(FIRST, CORRECTED, null);
		assertThat(states(LocalDate.of(2026, 2, 1))).containsExactly(DueState.FILED, DueState.FILED, DueState.OVERDUE);
		assertThat(states(LocalDate.of(2026, 2, 10))).containsExactly(DueState.FILED, DueState.FILED, DueState.FILED);
		assertThat(view(NAVET, LocalDate.of(2026, 2, 10)).overdue()).isZero();
	}

	@Test
	void theRegisterListsWhatWasDecidedByTheDayFilteredAndSorted() {
		history();

		assertThat(register(LocalDate.of(2025, 3, 1), Sort.NAME, none())).extracting(Entry::name)
			.containsExactly("Navet");
		LocalDate october = LocalDate.of(2025, 10, 16);
		List<Entry> all = register(october, Sort.NAME, none());
		assertThat(all)
			.extracting(Entry::name, (entry) -> entry.owner().name(), Entry::latestReportFiledOn, Entry::overdue)
			.containsExactly(tuple("Navet", "Region Värmland", LocalDate.of(2025, 10, 1), 0),
					tuple("Pilot arbetsträning", "Försäkringskassan", LocalDate.of(2025, 7, 5), 0),
					tuple("Östra länken", "Hagfors kommun", null, 1));
		assertThat(register(october, Sort.OWNER, none())).extracting(Entry::name)
			.containsExactly("Pilot arbetsträning", "Östra länken", "Navet");
		assertThat(register(october, Sort.START, none())).extracting(Entry::start)
			.containsExactly(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 8, 1));
		assertThat(register(october, Sort.OVERDUE, none())).extracting(Entry::name)
			.containsExactly("Östra länken", "Navet", "Pilot arbetsträning");
		assertThat(register(october, Sort.NAME, new Filter(null, null, true))).extracting(Entry::name)
			.containsExactly("Östra länken");
		assertThat(register(october, Sort.NAME, new Filter(null, FK, false))).extracting(Entry::name)
			.containsExactly("Pilot arbetsträning");
		assertThat(register(LocalDate.of(2026, 8, 20), Sort.NAME, new Filter(Status.CLOSED, null, false)))
			.extracting(Entry::name)
			.containsExactly("Navet");
	}

	@Test
	void indicatorResultsAreComparedWithThePlansTargetsForWomenAndMenApart() {
		history();

		IndicatorView november = indicators(LocalDate.of(2025, 11, 30));
		assertThat(november.association()).extracting(IndicatorView.Indicator::indicator).containsExactly(2, 7, 9, 14);
		assertThat(november.association().get(0)).isEqualTo(new IndicatorView.Indicator(2, "80.0",
				List.of("Minst 80 % upplever inflytande över rehabiliteringen."),
				new IndicatorView.GenderResult(40, "82.5", true), new IndicatorView.GenderResult(30, "76.0", false)));
		assertThat(november.association().get(1).women()).isNull();
		assertThat(november.association().get(2).women()).isEqualTo(new IndicatorView.GenderResult(40, "90.0", null));
		assertThat(november.association().get(3).target()).isEqualTo("70.0");
		assertThat(november.interventions()).isEmpty();

		IndicatorView december = indicators(LocalDate.of(2025, 12, 31));
		assertThat(december.association().get(0).women()).isEqualTo(new IndicatorView.GenderResult(45, "79.0", false));
		assertThat(december.association().get(0).men()).isEqualTo(new IndicatorView.GenderResult(32, "81.3", true));
		assertThat(december.association().get(2).women().shareAgreeing()).isEqualTo("90.0");
		assertThat(december.interventions()).singleElement().satisfies((navet) -> {
			assertThat(navet.name()).isEqualTo("Navet");
			assertThat(navet.indicators()).singleElement()
				.isEqualTo(new IndicatorView.Indicator(2, "80.0",
						List.of("Minst 80 % upplever inflytande över rehabiliteringen."),
						new IndicatorView.GenderResult(12, "91.7", true),
						new IndicatorView.GenderResult(8, "62.5", false)));
		});
	}

	@Test
	void theExportsCountTheCurrentReportsOfTheYearAsFiledByTheDay() {
		history();

		assertThat(national(LocalDate.of(2025, 9, 30))).containsExactly("Navet;Region Värmland;10;5;15",
				"Pilot arbetsträning;Försäkringskassan;<5;0;..", "Östra länken;Hagfors kommun;;;");
		assertThat(national(LocalDate.of(2026, 3, 1))).containsExactly("Navet;Region Värmland;17;5;22",
				"Pilot arbetsträning;Försäkringskassan;<5;0;..", "Östra länken;Hagfors kommun;;;");
		List<String> breakdown = breakdown(LocalDate.of(2026, 3, 1));
		assertThat(breakdown).contains("Navet;Region Värmland;Kvinna;Alla åldrar;17;17;7;..;..;..;..",
				"Navet;Region Värmland;Kvinna;20–24;12;12;7;;;;", "Navet;Region Värmland;Kvinna;40–49;5;5;0;;;;",
				"Navet;Region Värmland;Man;Alla åldrar;5;5;5;..;..;..;..", "Navet;Region Värmland;Man;25–29;5;5;5;;;;",
				"Pilot arbetsträning;Försäkringskassan;Kvinna;Alla åldrar;<5;<5;0;0;0;0;0",
				"Pilot arbetsträning;Försäkringskassan;Kvinna;50–59;..;..;0;;;;",
				"Östra länken;Hagfors kommun;Man;Alla åldrar;;;;;;;");
		assertThat(breakdown).hasSize(3 * 2 * 8);
	}

	@Test
	void aRedeliveredEventChangesNothing() {
		history();
		List<LocalDate> days = List.of(LocalDate.of(2025, 5, 16), LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31),
				LocalDate.of(2026, 8, 20));
		List<Object> before = everything(days);

		List<DomainEventMessage<?>> again = List.copyOf(this.delivered);
		again.forEach(this::deliver);

		assertThat(everything(days)).isEqualTo(before);
	}

	@Test
	void theApiAnswersWithAmountsAndPerCentsAsStringsAsOfTodayInSweden() throws Exception {
		history();

		api.perform(get("/api/interventions/{id}", NAVET.value()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf").value("2025-10-16"))
			.andExpect(jsonPath("$.owner.organisationNumber").value("232100-0164"))
			.andExpect(jsonPath("$.owner.name").value("Region Värmland"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.period.end").value("2026-06-30"))
			.andExpect(jsonPath("$.budget.total").value("900000.00"))
			.andExpect(jsonPath("$.budget.remaining").value("500000.00"))
			.andExpect(jsonPath("$.goals.items[0].target").value("50"))
			.andExpect(jsonPath("$.reports[1].current").value(false))
			.andExpect(jsonPath("$.reports[1].supersededBy").value(CORRECTED.toString()))
			.andExpect(jsonPath("$.latestResults.goalResults[0].value").value("66.7"))
			.andExpect(jsonPath("$.schedule[1].state").value("FILED"))
			.andExpect(jsonPath("$.schedule[2].state").value("DUE"))
			.andExpect(jsonPath("$.overdue").value(0));
		api.perform(get("/api/associations/{id}/interventions", ASSOCIATION.value()).param("sort", "overdue")
			.param("asOf", "2025-10-16"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.interventions[0].name").value("Östra länken"))
			.andExpect(jsonPath("$.interventions[0].overdue").value(1))
			.andExpect(jsonPath("$.interventions[1].latestReportFiledOn").value("2025-10-01"));
		api.perform(get("/api/associations/{id}/interventions", ASSOCIATION.value()).param("status", "active")
			.param("owner", "2321000164")
			.param("overdue", "false"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.interventions.length()").value(1))
			.andExpect(jsonPath("$.interventions[0].name").value("Navet"));
		api.perform(
				get("/api/associations/{id}/indicators/{year}", ASSOCIATION.value(), 2025).param("asOf", "2025-12-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.association[0].target").value("80.0"))
			.andExpect(jsonPath("$.association[0].women.met").value(false))
			.andExpect(jsonPath("$.interventions[0].indicators[0].women.shareAgreeing").value("91.7"));
	}

	@Test
	void theExportsAreSemicolonSeparatedUtf8AttachmentsWithAByteOrderMark() throws Exception {
		history();

		byte[] file = api
			.perform(get("/api/associations/{id}/exports/national-follow-up/{year}.csv", ASSOCIATION.value(), 2025)
				.param("asOf", "2026-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(
					header().string("Content-Disposition", "attachment; filename=\"nationell-uppfoljning-2025.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(file, StandardCharsets.UTF_8)).startsWith(
				"\uFEFFInsats;Projektägare;Nya deltagare kvinnor;Nya deltagare män;Nya deltagare totalt\r\nNavet;");
		api.perform(get("/api/associations/{id}/exports/follow-up-breakdown/{year}.csv", ASSOCIATION.value(), 2025))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"uppfoljning-kon-och-alder-2025.csv\""));
	}

	@Test
	void whatIsNotThereIsNotFoundInSwedishAndABadQueryIsRefused() throws Exception {
		history();

		api.perform(get("/api/interventions/{id}", UUID.randomUUID()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Insatsen finns inte"));
		api.perform(get("/api/interventions/{id}", NAVET.value()).param("asOf", "2025-01-21"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail")
				.value("Insatsen var inte beslutad den 2025-01-21: styrelsen beslutade om den 2025-01-22 § 4."));
		UUID unknown = UUID.randomUUID();
		api.perform(get("/api/associations/{id}/interventions", unknown))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Förbundet finns inte"));
		api.perform(get("/api/associations/{id}/exports/national-follow-up/{year}.csv", unknown, 2025))
			.andExpect(status().isNotFound());
		api.perform(get("/api/associations/{id}/exports/follow-up-breakdown/{year}.csv", unknown, 2025))
			.andExpect(status().isNotFound());
		api.perform(get("/api/associations/{id}/indicators/{year}", ASSOCIATION.value(), 2030))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Indikatorresultaten finns inte"));
		api.perform(get("/api/associations/{id}/interventions", ASSOCIATION.value()).param("sort", "budget"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-input"))
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
		api.perform(get("/api/associations/{id}/interventions", ASSOCIATION.value()).param("owner", "123"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("owner"));
		api.perform(get("/api/interventions/{id}", NAVET.value()).param("asOf", "31/12/2025"))
			.andExpect(status().isBadRequest());
	}

	/**
	 * Three interventions through 2025 and 2026, with the association's events arriving
	 * last, as they may when the processor replays partitions.
	 */
	private void history() {
		intervention(NAVET, started(NAVET, "Navet", REGION, InterventionKind.INDIVIDUAL,
				decision(LocalDate.of(2025, 1, 22), 4), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 12, 31), 600_000),
				"2025-01-22T15:00:00Z");
		intervention(NAVET, new ReportScheduleSet(NAVET, ASSOCIATION,
				List.of(new ReportDue(LocalDate.of(2025, 5, 15), LocalDate.of(2025, 4, 30), ReportKind.BOARD_MEETING),
						new ReportDue(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 8, 31), ReportKind.INTERIM),
						new ReportDue(LocalDate.of(2026, 1, 31), LocalDate.of(2025, 12, 31), ReportKind.ANNUAL))),
				"2025-01-22T23:30:00Z");
		intervention(NAVET, payment(NAVET, LocalDate.of(2025, 2, 15), 200_000, 400_000), "2025-02-15T10:00:00Z");
		intervention(NAVET,
				new InterventionGoalsSet(NAVET, ASSOCIATION, List.of(
						new InterventionGoal("Till arbete eller studier", GoalMeasure.SHARE_ENDED_TO_WORK_OR_STUDIES,
								true, decimal("50")),
						new InterventionGoal("Deltagare under året", GoalMeasure.COUNT_ACTIVE, true, decimal("40"))),
						decision(LocalDate.of(2025, 3, 19), 9)),
				"2025-03-19T15:00:00Z");
		intervention(NAVET,
				navetReport(FIRST, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 20), null,
						List.of(count(LegalGender.WOMAN, AgeBand.AGE_20_24, 6, 6, 0),
								count(LegalGender.MAN, AgeBand.AGE_25_29, 3, 3, 1)),
						List.of(outcome(LegalGender.MAN, ExitOutcome.OTHER, 1)), "0.0"),
				"2025-05-20T09:00:00Z");
		intervention(NAVET, payment(NAVET, LocalDate.of(2025, 6, 15), 200_000, 200_000), "2025-06-15T10:00:00Z");
		intervention(NAVET,
				navetReport(INTERIM, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 20),
						null,
						List.of(count(LegalGender.WOMAN, AgeBand.AGE_20_24, 4, 9, 3),
								count(LegalGender.MAN, AgeBand.AGE_25_29, 2, 4, 2)),
						List.of(outcome(LegalGender.WOMAN, ExitOutcome.WORK, 3),
								outcome(LegalGender.MAN, ExitOutcome.STUDIES, 2)),
						"60.0"),
				"2025-09-20T09:00:00Z");
		intervention(NAVET,
				navetReport(CORRECTED, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 8, 31), LocalDate.of(2025, 10, 1),
						INTERIM,
						List.of(count(LegalGender.WOMAN, AgeBand.AGE_20_24, 5, 10, 3),
								count(LegalGender.MAN, AgeBand.AGE_25_29, 2, 4, 2)),
						List.of(outcome(LegalGender.WOMAN, ExitOutcome.WORK, 2),
								outcome(LegalGender.WOMAN, ExitOutcome.OTHER, 1),
								outcome(LegalGender.MAN, ExitOutcome.STUDIES, 2)),
						"66.7"),
				"2025-10-01T09:00:00Z");
		intervention(NAVET, new InterventionExtended(NAVET, ASSOCIATION, LocalDate.of(2026, 6, 30),
				decision(LocalDate.of(2025, 10, 15), 7)), "2025-10-15T15:00:00Z");
		intervention(NAVET,
				new InterventionBudgetChanged(NAVET, ASSOCIATION,
						List.of(new AnnualAmount(2025, kr(600_000)), new AnnualAmount(2026, kr(300_000))),
						decision(LocalDate.of(2025, 10, 15), 8)),
				"2025-10-15T15:01:00Z");
		intervention(NAVET, navetReport(LAST, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31),
				LocalDate.of(2026, 2, 10), null,
				List.of(count(LegalGender.WOMAN, AgeBand.AGE_20_24, 1, 8, 4),
						count(LegalGender.WOMAN, AgeBand.AGE_40_49, 5, 5, 0),
						count(LegalGender.MAN, AgeBand.AGE_25_29, 0, 2, 2)),
				List.of(outcome(LegalGender.WOMAN, ExitOutcome.WORK, 4), outcome(LegalGender.MAN, ExitOutcome.WORK, 1),
						outcome(LegalGender.MAN, ExitOutcome.OTHER, 1)),
				"62.5"), "2026-02-10T09:00:00Z");
		intervention(NAVET, new InterventionClosed(NAVET, ASSOCIATION, LocalDate.of(2026, 6, 30),
				decision(LocalDate.of(2026, 8, 20), 3)), "2026-08-20T15:00:00Z");

		intervention(PILOT,
				started(PILOT, "Pilot arbetsträning", FK, InterventionKind.INDIVIDUAL,
						decision(LocalDate.of(2025, 3, 19), 10), LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
						200_000, 100_000),
				"2025-03-19T15:00:00Z");
		intervention(PILOT,
				report(PILOT, UUID.randomUUID(), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30),
						LocalDate.of(2025, 7, 5), null, List.of(count(LegalGender.WOMAN, AgeBand.AGE_50_59, 2, 2, 0)),
						List.of()),
				"2025-07-05T09:00:00Z");

		intervention(OSTRA,
				started(OSTRA, "Östra länken", HAGFORS, InterventionKind.STRUCTURAL,
						decision(LocalDate.of(2025, 6, 11), 5), LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31),
						150_000, 150_000),
				"2025-06-11T15:00:00Z");
		intervention(OSTRA, new ReportScheduleSet(OSTRA, ASSOCIATION, List
			.of(new ReportDue(LocalDate.of(2025, 10, 15), LocalDate.of(2025, 9, 30), ReportKind.BOARD_MEETING))),
				"2025-06-12T09:00:00Z");

		PlanId plan = PlanId.of(ASSOCIATION, 2025);
		deliver("Plan", plan.toString(), 1,
				new PlanGoalsSet(ASSOCIATION, plan, 2025, new PlanGoals(List.of(), List.of(
						new GoalTarget("Minst 80 % upplever inflytande över rehabiliteringen.", "NNS indikator 2",
								"80 %"),
						new GoalTarget("Minst 70 % känner sig mer redo.", "NNS indikator 7", "70 %"),
						new GoalTarget("Minst 66 % ser uppföljning som underlag.", "NNS indikator 14", "66 %"),
						new GoalTarget("Minst 70 % ser en strategi.", "NNS indikator 14", "70 %"),
						new GoalTarget("Fler deltagare än 2024.", null, "fler än 2024")),
						new EconomicGoals(20, null, 15, 70))),
				"2024-10-01T08:00:00Z");
		intervention(NAVET,
				new IndicatorResultsRecorded(ASSOCIATION, 2025, NAVET, List.of(new IndicatorResult(2,
						new GenderResult(12, decimal("91.7")), new GenderResult(8, decimal("62.5"))))),
				"2025-12-05T09:00:00Z");

		deliver("Association", ASSOCIATION.toString(), 0, registered(), "2024-01-10T09:00:00Z");
		deliver("Association", ASSOCIATION.toString(), 3,
				new MemberOrganisationAdded(ASSOCIATION,
						new MemberOrganisation(HAGFORS, "Hagfors kommun", MemberKind.MUNICIPALITY)),
				"2025-01-10T09:00:00Z");
		deliver("Association", ASSOCIATION.toString(), 5, new IndicatorResultsRecorded(ASSOCIATION, 2025, null, List.of(
				new IndicatorResult(2, new GenderResult(40, decimal("82.5")), new GenderResult(30, decimal("76.0"))),
				new IndicatorResult(9, new GenderResult(40, decimal("90")), new GenderResult(30, decimal("85.0"))))),
				"2025-11-10T09:00:00Z");
		deliver("Association", ASSOCIATION.toString(), 6,
				new IndicatorResultsRecorded(ASSOCIATION, 2025, null, List.of(new IndicatorResult(2,
						new GenderResult(45, decimal("79.0")), new GenderResult(32, decimal("81.3"))))),
				"2025-12-01T09:00:00Z");
	}

	private static InterventionReportFiled navetReport(UUID id, LocalDate start, LocalDate end, LocalDate filedOn,
			UUID supersedes, List<ParticipantCount> participants, List<OutcomeCount> outcomes, String toWork) {
		return new InterventionReportFiled(NAVET, ASSOCIATION, id, start, end, filedOn, supersedes, kr(150_000),
				participants, outcomes, List.of(), List.of(new GoalResult(1, GoalMeasure.SHARE_ENDED_TO_WORK_OR_STUDIES,
						decimal(toWork), decimal("50"), decimal(toWork).compareTo(decimal("50")) >= 0)),
				"Rapport för perioden.");
	}

	private static DisbursementRecorded payment(InterventionId id, LocalDate paidOn, long kronor, long remaining) {
		return new DisbursementRecorded(id, ASSOCIATION, paidOn, kr(kronor), Money.ofKronor(remaining));
	}

	private void intervention(InterventionId id, Object event, String at) {
		long sequence = this.delivered.stream()
			.filter((message) -> message.getAggregateIdentifier().equals(id.toString()))
			.count();
		deliver("Intervention", id.toString(), sequence, event, at);
	}

	private void deliver(String type, String aggregate, long sequence, Object event, String at) {
		deliver(new GenericDomainEventMessage<>(type, aggregate, sequence, event, MetaData.emptyInstance(),
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

	private static InterventionHistory find(InterventionId id) {
		return repository.find(ASSOCIATION.value(), id.value()).orElseThrow();
	}

	private static InterventionView view(InterventionId id, LocalDate day) {
		return find(id).asOf(day).orElseThrow();
	}

	private static List<DueState> states(LocalDate day) {
		return view(NAVET, day).schedule().stream().map(ScheduleItem::state).toList();
	}

	private static Filter none() {
		return new Filter(null, null, false);
	}

	private static List<Entry> register(LocalDate day, Sort sort, Filter filter) {
		return InterventionRegister
			.of(ASSOCIATION.toString(), day, repository.findAll(ASSOCIATION.value()), filter, sort)
			.interventions();
	}

	private static IndicatorView indicators(LocalDate day) {
		return new IndicatorComparison(ASSOCIATION.toString(), 2025,
				repository.indicatorResults(ASSOCIATION.value(), 2025),
				IndicatorTargets.of(repository.planTargets(ASSOCIATION.value(), 2025)),
				repository.interventionNames(ASSOCIATION.value()))
			.asOf(day);
	}

	private static List<String> national(LocalDate day) {
		return lines(FollowUpExport.national(FollowUpExport.rows(repository.findAll(ASSOCIATION.value()), 2025, day)));
	}

	private static List<String> breakdown(LocalDate day) {
		return lines(FollowUpExport.breakdown(FollowUpExport.rows(repository.findAll(ASSOCIATION.value()), 2025, day)));
	}

	/** The lines after the header. */
	private static List<String> lines(byte[] file) {
		List<String> lines = List.of(new String(file, 3, file.length - 3, StandardCharsets.UTF_8).split("\r\n"));
		return lines.subList(1, lines.size());
	}

	private static List<Object> everything(List<LocalDate> days) {
		List<Object> answers = new ArrayList<>();
		for (LocalDate day : days) {
			for (InterventionId id : List.of(NAVET, PILOT, OSTRA)) {
				answers.add(find(id).asOf(day));
			}
			answers.add(register(day, Sort.NAME, none()));
			answers.add(indicators(day));
			answers.add(national(day));
			answers.add(breakdown(day));
		}
		return answers;
	}

}
