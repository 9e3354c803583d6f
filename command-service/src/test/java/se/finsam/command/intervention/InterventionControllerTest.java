package se.finsam.command.intervention;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.finsam.events.AnnualAmount;
import se.finsam.events.AssociationId;
import se.finsam.events.InterventionId;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.intervention.AgeBand;
import se.finsam.events.intervention.ExitOutcome;
import se.finsam.events.intervention.GoalMeasure;
import se.finsam.events.intervention.InterventionGoal;
import se.finsam.events.intervention.LegalGender;
import se.finsam.events.intervention.OutcomeCount;
import se.finsam.events.intervention.ParticipantCount;
import se.finsam.events.intervention.StepCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class InterventionControllerTest {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	private static final UUID INTERVENTION = UUID.fromString("8c2e1f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3b");

	private static final String DECISION = """
			{ "meetingId": "9d3f2a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5c", "meetingDate": "2025-09-18", "item": 11 }""";

	private final CommandGateway commands = mock(CommandGateway.class);

	@AfterAll
	static void closeValidation() {
		VALIDATION.close();
	}

	@Test
	void startsTheAssociationsOwnInterventionWithoutAnApplication() throws Exception {
		InterventionRequests.Start request = read("""
				{
				  "associationId": "6b1f0e2d-3c4a-4b5e-8f6a-7b8c9d0e1f2a",
				  "decision": %s,
				  "name": " Samordnare i kommunerna ",
				  "owner": "2120001827",
				  "kind": "STRUCTURAL",
				  "targetGroup": { "description": "Medlemmarnas personal", "youngestAge": 16, "oldestAge": 64 },
				  "period": { "start": "2026-01-01", "end": "2026-12-31" },
				  "budget": [ { "year": 2026, "amount": "350000" } ]
				}
				""".formatted(DECISION), InterventionRequests.Start.class);
		assertThat(messages(request)).isEmpty();

		ResponseEntity<InterventionController.Accepted> response = controller(Clock.systemUTC()).start(request);

		StartIntervention command = (StartIntervention) sent();
		assertThat(command.application()).isNull();
		assertThat(command.associationId())
			.isEqualTo(new AssociationId(UUID.fromString("6b1f0e2d-3c4a-4b5e-8f6a-7b8c9d0e1f2a")));
		assertThat(command.name()).isEqualTo("Samordnare i kommunerna");
		assertThat(command.owner()).isEqualTo(OrganisationNumber.of("212000-1827"));
		assertThat(command.budget()).containsExactly(new AnnualAmount(2026, Money.ofKronor(350_000)));
		assertThat(command.goals()).isEmpty();
		assertThat(command.steeringGroup()).isEmpty();
		assertThat(command.conditions()).isNull();
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(response.getHeaders().getLocation()).hasToString("/api/interventions/" + command.interventionId());
		assertThat(response.getBody())
			.isEqualTo(new InterventionController.Accepted(command.interventionId().toString(), 0));
	}

	@Test
	void filesAReportOnTheSwedishDayAndAnswersWhereTheReportIs() throws Exception {
		// Half past midnight in Stockholm is still the evening before in UTC.
		Clock utc = Clock.fixed(Instant.parse("2025-09-04T22:30:00Z"), ZoneOffset.UTC);
		given(this.commands.sendAndWait(any())).willReturn(3L);
		InterventionRequests.Report request = read(
				"""
						{
						  "periodStart": "2025-04-01", "periodEnd": "2025-08-31",
						  "costsToDate": 261250.75,
						  "participants": [ { "gender": "WOMAN", "ageBand": "AGE_20_24", "newCount": 4, "activeCount": 7, "endedCount": 2 } ],
						  "outcomes": [ { "gender": "WOMAN", "outcome": "WORK", "count": 1 } ],
						  "steps": [ { "gender": "WOMAN", "count": 5 } ],
						  "narrative": "Två har avslutat."
						}
						""",
				InterventionRequests.Report.class);

		ResponseEntity<InterventionController.Accepted> response = controller(utc).fileReport(INTERVENTION, request);

		FileReport command = (FileReport) sent();
		assertThat(command).isEqualTo(new FileReport(new InterventionId(INTERVENTION), command.reportId(),
				LocalDate.of(2025, 4, 1), LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 5), null,
				new Money(26_125_075), List.of(new ParticipantCount(LegalGender.WOMAN, AgeBand.AGE_20_24, 4, 7, 2)),
				List.of(new OutcomeCount(LegalGender.WOMAN, ExitOutcome.WORK, 1)),
				List.of(new StepCount(LegalGender.WOMAN, 5)), "Två har avslutat."));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(response.getHeaders().getLocation())
			.hasToString("/api/interventions/" + INTERVENTION + "/reports/" + command.reportId());
		assertThat(response.getBody()).isEqualTo(new InterventionController.Accepted(INTERVENTION.toString(), 3));
	}

	@Test
	void setsGoalsAsDecidedAndAnswersTheNewVersion() throws Exception {
		given(this.commands.sendAndWait(any())).willReturn(4L);
		InterventionRequests.Goals request = read(
				"""
						{
						  "expectedVersion": 3,
						  "decision": %s,
						  "goals": [
						    { "description": "Minst 45 %% till arbete eller studier", "measure": "SHARE_ENDED_TO_WORK_OR_STUDIES", "atLeast": true, "target": 45 },
						    { "description": " Inflytande " }
						  ]
						}
						"""
					.formatted(DECISION),
				InterventionRequests.Goals.class);

		InterventionController.Accepted accepted = controller(Clock.systemUTC()).setGoals(INTERVENTION, request);

		SetInterventionGoals command = (SetInterventionGoals) sent();
		assertThat(command.expectedVersion()).isEqualTo(3L);
		assertThat(command.goals())
			.containsExactly(
					new InterventionGoal("Minst 45 % till arbete eller studier",
							GoalMeasure.SHARE_ENDED_TO_WORK_OR_STUDIES, true, new BigDecimal("45")),
					new InterventionGoal("Inflytande", null, null, null));
		assertThat(accepted).isEqualTo(new InterventionController.Accepted(INTERVENTION.toString(), 4));
	}

	@Test
	void decisionsWithoutVersionOrDecisionAreRefusedInSwedish() {
		assertThat(messages(new InterventionRequests.Extension(null, null, null))).containsOnly(
				"Ange vilken version av insatsen ändringen bygger på.", "Ange styrelsebeslutet om förlängningen.",
				"Ange det nya slutdatumet.");
		assertThat(messages(new InterventionRequests.Closing(-1L, null, LocalDate.of(2026, 12, 31))))
			.containsOnly("Versionen kan inte vara negativ.", "Ange styrelsebeslutet om att avsluta insatsen.");
		assertThat(messages(new InterventionRequests.Budget(0L, null, null)))
			.containsOnly("Ange styrelsebeslutet om budgeten.", "Ange den nya budgeten per år.");
	}

	@Test
	void reportsWithoutGenderPeriodOrExactKronorAreRefusedInSwedish() throws Exception {
		InterventionRequests.Report request = read("""
				{
				  "periodEnd": "2025-08-31",
				  "costsToDate": 1.005,
				  "participants": [ { "ageBand": "AGE_20_24", "newCount": 1, "activeCount": 1, "endedCount": 0 } ],
				  "steps": [ { "gender": "MAN" } ]
				}
				""", InterventionRequests.Report.class);
		assertThat(messages(request)).containsOnly("Ange periodens första dag.",
				"Ange beloppet i kronor med högst två decimaler.", "Ange juridiskt kön: WOMAN eller MAN.",
				"Ange antalet.");
		assertThat(messages(new InterventionRequests.Disbursement(null, null))).containsOnly("Ange utbetalningsdagen.",
				"Ange beloppet.");
	}

	private InterventionController controller(Clock clock) {
		return new InterventionController(this.commands,
				new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class));
	}

	private Object sent() {
		ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
		verify(this.commands).sendAndWait(command.capture());
		return command.getValue();
	}

	private static <T> T read(String json, Class<T> type) throws Exception {
		return JSON.readValue(json, type);
	}

	private static Set<String> messages(Object request) {
		return VALIDATION.getValidator()
			.validate(request)
			.stream()
			.map(ConstraintViolation::getMessage)
			.collect(Collectors.toSet());
	}

}
