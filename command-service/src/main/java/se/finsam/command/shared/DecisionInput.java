package se.finsam.command.shared;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import se.finsam.events.DecisionReference;
import se.finsam.events.MeetingId;

/** A reference to a board decision as a request gives it: meeting, date and item (§). */
public record DecisionInput(@NotNull(message = "Ange sammanträdet där beslutet fattades.") UUID meetingId,
		@NotNull(message = "Ange sammanträdets datum.") LocalDate meetingDate,
		@NotNull(message = "Ange paragrafnumret (§).") @Min(value = 1,
				message = "Paragrafnumret ska vara minst 1.") Integer item) {

	public DecisionReference toReference() {
		return new DecisionReference(new MeetingId(this.meetingId), this.meetingDate, this.item);
	}

}
