package se.finsam.command.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.finsam.events.AssociationId;
import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;
import se.finsam.events.meeting.Presence;
import se.finsam.events.meeting.SignatureRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class MeetingControllerTest {

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	private static final UUID MEETING = UUID.fromString("5a8d2c1e-6b3f-4e7a-9c0d-2f1e8b7a6c54");

	private final CommandGateway commands = mock(CommandGateway.class);

	@AfterAll
	static void closeValidation() {
		VALIDATION.close();
	}

	@Test
	void minutesAreSignedOnTheSwedishCalendarDay() {
		// Half past midnight in Stockholm is still the evening before in UTC.
		Clock utc = Clock.fixed(Instant.parse("2025-03-19T23:30:00Z"), ZoneOffset.UTC);
		given(this.commands.sendAndWait(any())).willReturn(7L);

		MeetingController.Accepted accepted = controller(utc).signMinutes(MEETING,
				new MeetingRequests.Signature(6L, " Anna Andersson ", SignatureRole.CHAIR));

		assertThat(sent()).isEqualTo(new SignMinutes(new MeetingId(MEETING), 6L, PersonName.of("Anna Andersson"),
				SignatureRole.CHAIR, LocalDate.of(2025, 3, 20)));
		assertThat(accepted).isEqualTo(new MeetingController.Accepted(MEETING.toString(), 7));
	}

	@Test
	void schedulingAnswersCreatedWithTheNewMeetingAtVersionZero() {
		UUID association = UUID.randomUUID();
		ResponseEntity<MeetingController.Accepted> response = controller(Clock.systemUTC())
			.schedule(new MeetingRequests.Schedule(association, LocalDate.of(2025, 3, 19), LocalTime.of(9, 30),
					" Kommunhuset ", "Anna Andersson", 12));

		ScheduleMeeting command = (ScheduleMeeting) sent();
		assertThat(command.associationId()).isEqualTo(new AssociationId(association));
		assertThat(command.place()).isEqualTo("Kommunhuset");
		assertThat(command.firstItemNumber()).isEqualTo(12);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(response.getHeaders().getLocation()).hasToString("/api/meetings/" + command.meetingId());
		assertThat(response.getBody()).isEqualTo(new MeetingController.Accepted(command.meetingId().toString(), 0));
	}

	@Test
	void aConflictNamesTheItemFromTheAddress() {
		given(this.commands.sendAndWait(any())).willReturn(3L);
		controller(Clock.systemUTC()).declareConflict(MEETING, 14,
				new MeetingRequests.Conflict(2L, "Cecilia Dahl", " Arbetar i projektet "));
		assertThat(sent()).isEqualTo(new DeclareConflictOfInterest(new MeetingId(MEETING), 2L, 14,
				PersonName.of("Cecilia Dahl"), "Arbetar i projektet"));
	}

	@Test
	void changesWithoutAVersionOrAPersonAreRefusedInSwedish() {
		assertThat(messages(new MeetingRequests.Attendance(null, " ", null))).containsOnly(
				"Ange vilken version av sammanträdet ändringen bygger på.", "Ange vem närvaron gäller.",
				"Ange närvaro: PRESENT (på plats), REMOTE (på distans) eller ABSENT (frånvarande).");
		assertThat(messages(new MeetingRequests.Checker(-1L, "Cecilia Dahl")))
			.containsOnly("Versionen kan inte vara negativ.");
		assertThat(messages(new MeetingRequests.Signature(1L, "Anna Andersson", null)))
			.containsOnly("Ange om du undertecknar som CHAIR (ordförande) eller CHECKER (justerare).");
		assertThat(messages(new MeetingRequests.Attendance(0L, "Anna Andersson", Presence.REMOTE))).isEmpty();
	}

	@Test
	void aScheduleNeedsDatePlaceChairAndFirstItem() {
		assertThat(messages(new MeetingRequests.Schedule(null, null, null, "", null, null))).containsOnly(
				"Ange förbundet.", "Ange sammanträdets datum.", "Ange när sammanträdet börjar.",
				"Ange var sammanträdet hålls.", "Ange sammanträdets ordförande.",
				"Ange numret på sammanträdets första paragraf.");
	}

	private MeetingController controller(Clock clock) {
		return new MeetingController(this.commands,
				new StaticListableBeanFactory(Map.of("clock", clock)).getBeanProvider(Clock.class));
	}

	private Object sent() {
		ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
		verify(this.commands).sendAndWait(command.capture());
		return command.getValue();
	}

	private static Set<String> messages(Object request) {
		Validator validator = VALIDATION.getValidator();
		return validator.validate(request).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
	}

}
