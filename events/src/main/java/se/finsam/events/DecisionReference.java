package se.finsam.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Points to a board decision: the meeting, its date and the item (§) where it was taken.
 * Everything that changes money or the association's rules carries one, so that an
 * auditor can go from the change to the minutes.
 */
public record DecisionReference(MeetingId meetingId, LocalDate meetingDate, int item) {

	public DecisionReference {
		Objects.requireNonNull(meetingId, "meetingId");
		Objects.requireNonNull(meetingDate, "meetingDate");
		if (item < 1) {
			throw new IllegalArgumentException("Paragrafnumret ska vara minst 1");
		}
	}

	/** As the minutes cite it: {@code 2025-03-19 § 12}. */
	public String citation() {
		return this.meetingDate + " § " + this.item;
	}

}
