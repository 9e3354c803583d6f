package se.finsam.command.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ApplicationControllerTest {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

	private final CommandGateway commands = mock(CommandGateway.class);

	private ApplicationController controllerAt(String instant) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("clock", Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
		return new ApplicationController(this.commands, beans.getBeanProvider(Clock.class));
	}

	@Test
	void datesASubmissionJustAfterMidnightInSummerToTheSwedishDay() throws Exception {
		ResponseEntity<ApplicationController.Accepted> response = controllerAt("2025-10-10T22:30:00Z")
			.submit(JSON.readValue(ApplicationRequestsTest.submission("1", "2"), ApplicationRequests.Submission.class));
		ArgumentCaptor<SubmitApplication> sent = ArgumentCaptor.forClass(SubmitApplication.class);
		verify(this.commands).sendAndWait(sent.capture());
		assertThat(sent.getValue().submittedOn()).isEqualTo(LocalDate.of(2025, 10, 11));
		assertThat(response.getStatusCode().value()).isEqualTo(201);
		assertThat(response.getHeaders().getLocation())
			.hasToString("/api/applications/" + sent.getValue().applicationId());
		assertThat(response.getBody())
			.isEqualTo(new ApplicationController.Accepted(sent.getValue().applicationId().toString(), 0));
	}

	@Test
	void datesAnAmendmentJustAfterMidnightInWinterToTheSwedishDayAndAnswersTheNewVersion() throws Exception {
		when(this.commands.sendAndWait(any())).thenReturn(3L);
		UUID id = UUID.randomUUID();
		String body = "{\"expectedVersion\": 2, \"content\": "
				+ JSON.readTree(ApplicationRequestsTest.submission("1", "2")).get("content") + "}";
		ApplicationController.Accepted accepted = controllerAt("2025-01-31T23:30:00Z").amend(id,
				JSON.readValue(body, ApplicationRequests.Amendment.class));
		ArgumentCaptor<AmendApplication> sent = ArgumentCaptor.forClass(AmendApplication.class);
		verify(this.commands).sendAndWait(sent.capture());
		assertThat(sent.getValue().amendedOn()).isEqualTo(LocalDate.of(2025, 2, 1));
		assertThat(sent.getValue().expectedVersion()).isEqualTo(2L);
		assertThat(accepted).isEqualTo(new ApplicationController.Accepted(id.toString(), 3));
	}

}
