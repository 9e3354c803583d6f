package se.finsam.command.indicator;

import java.math.BigDecimal;
import java.util.List;
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

import se.finsam.events.AssociationId;
import se.finsam.events.IndicatorSurveyId;
import se.finsam.events.InterventionId;
import se.finsam.events.indicator.IndicatorResult;
import se.finsam.events.indicator.IndicatorResult.GenderResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class IndicatorControllerTest {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	private static final UUID ASSOCIATION = UUID.fromString("2d7c1b0a-9e8f-4a6b-8c5d-4e3f2a1b0c9d");

	private final CommandGateway commands = mock(CommandGateway.class);

	@AfterAll
	static void closeValidation() {
		VALIDATION.close();
	}

	@Test
	void recordsTheYearsResultsOnTheAssociationsSurveyForTheYear() throws Exception {
		given(this.commands.sendAndWait(any())).willReturn(2L);
		IndicatorRequests.Results request = JSON.readValue(
				"""
						{
						  "interventionId": "8c2e1f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3b",
						  "results": [
						    { "indicator": 2, "women": { "respondents": 24, "shareAgreeing": 83.3 }, "men": { "respondents": 0 } }
						  ]
						}
						""",
				IndicatorRequests.Results.class);
		assertThat(messages(request)).isEmpty();

		IndicatorController.Accepted accepted = new IndicatorController(this.commands).record(ASSOCIATION, 2025,
				request);

		AssociationId association = new AssociationId(ASSOCIATION);
		verify(this.commands).sendAndWait(new RecordIndicatorResults(association, 2025,
				InterventionId.of("8c2e1f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3b"), List.of(new IndicatorResult(2,
						new GenderResult(24, new BigDecimal("83.3")), new GenderResult(0, null)))));
		assertThat(accepted)
			.isEqualTo(new IndicatorController.Accepted(IndicatorSurveyId.of(association, 2025).toString(), 2));
	}

	@Test
	void resultsWithoutIndicatorOrEitherGenderAreRefusedInSwedish() throws Exception {
		IndicatorRequests.Results request = JSON.readValue("""
				{ "results": [ { "women": { "shareAgreeing": 50 } } ] }
				""", IndicatorRequests.Results.class);
		assertThat(messages(request)).containsOnly("Ange indikatorns nummer, 1–15.", "Ange antalet svarande.",
				"Ange resultatet för män.");
		assertThat(messages(new IndicatorRequests.Results(null, null))).containsOnly("Ange resultaten per indikator.");
	}

	private static Set<String> messages(Object request) {
		return VALIDATION.getValidator()
			.validate(request)
			.stream()
			.map(ConstraintViolation::getMessage)
			.collect(Collectors.toSet());
	}

}
