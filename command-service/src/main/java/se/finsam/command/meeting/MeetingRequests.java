package se.finsam.command.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import se.finsam.events.AssociationId;
import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;
import se.finsam.events.meeting.Presence;
import se.finsam.events.meeting.SignatureRole;

/**
 * The JSON bodies of the meeting commands, checked field by field before any rule runs.
 */
final class MeetingRequests {

	private MeetingRequests() {
	}

	record Schedule(@NotNull(message = "Ange förbundet.") UUID associationId,
			@NotNull(message = "Ange sammanträdets datum.") LocalDate date,
			@NotNull(message = "Ange när sammanträdet börjar.") LocalTime startTime,
			@NotBlank(message = "Ange var sammanträdet hålls.") @Size(max = 200,
					message = "Platsen får vara högst 200 tecken.") String place,
			@NotBlank(message = "Ange sammanträdets ordförande.") @Size(max = 200,
					message = "Namnet får vara högst 200 tecken.") String chair,
			@NotNull(message = "Ange numret på sammanträdets första paragraf.") Integer firstItemNumber) {

		ScheduleMeeting toCommand(MeetingId meetingId) {
			return new ScheduleMeeting(meetingId, new AssociationId(this.associationId), this.date, this.startTime,
					this.place.strip(), PersonName.of(this.chair), this.firstItemNumber);
		}

	}

	record Attendance(
			@NotNull(message = "Ange vilken version av sammanträdet ändringen bygger på.") @PositiveOrZero(
					message = "Versionen kan inte vara negativ.") Long expectedVersion,
			@NotBlank(message = "Ange vem närvaron gäller.") @Size(max = 200,
					message = "Namnet får vara högst 200 tecken.") String person,
			@NotNull(
					message = "Ange närvaro: PRESENT (på plats), REMOTE (på distans) eller ABSENT (frånvarande).") Presence presence) {

		RecordAttendance toCommand(MeetingId meetingId) {
			return new RecordAttendance(meetingId, this.expectedVersion, PersonName.of(this.person), this.presence);
		}

	}

	record Conflict(
			@NotNull(message = "Ange vilken version av sammanträdet ändringen bygger på.") @PositiveOrZero(
					message = "Versionen kan inte vara negativ.") Long expectedVersion,
			@NotBlank(message = "Ange vem som är jävig.") @Size(max = 200,
					message = "Namnet får vara högst 200 tecken.") String person,
			@NotBlank(message = "Ange skälet till jävet.") @Size(max = 1000,
					message = "Skälet får vara högst 1000 tecken.") String reason) {

		DeclareConflictOfInterest toCommand(MeetingId meetingId, int item) {
			return new DeclareConflictOfInterest(meetingId, this.expectedVersion, item, PersonName.of(this.person),
					this.reason.strip());
		}

	}

	record Checker(
			@NotNull(message = "Ange vilken version av sammanträdet ändringen bygger på.") @PositiveOrZero(
					message = "Versionen kan inte vara negativ.") Long expectedVersion,
			@NotBlank(message = "Ange vem som ska justera protokollet.") @Size(max = 200,
					message = "Namnet får vara högst 200 tecken.") String person) {

		AppointChecker toCommand(MeetingId meetingId) {
			return new AppointChecker(meetingId, this.expectedVersion, PersonName.of(this.person));
		}

	}

	record Signature(
			@NotNull(message = "Ange vilken version av sammanträdet ändringen bygger på.") @PositiveOrZero(
					message = "Versionen kan inte vara negativ.") Long expectedVersion,
			@NotBlank(message = "Ange vem som undertecknar.") @Size(max = 200,
					message = "Namnet får vara högst 200 tecken.") String signer,
			@NotNull(
					message = "Ange om du undertecknar som CHAIR (ordförande) eller CHECKER (justerare).") SignatureRole role) {

		SignMinutes toCommand(MeetingId meetingId, LocalDate signedOn) {
			return new SignMinutes(meetingId, this.expectedVersion, PersonName.of(this.signer), this.role, signedOn);
		}

	}

}
