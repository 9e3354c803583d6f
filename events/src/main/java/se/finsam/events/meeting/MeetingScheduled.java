package se.finsam.events.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;
import se.finsam.events.association.CharterRules;

/**
 * A board meeting was scheduled. It keeps the roster taken from the board at that moment
 * and the rules in force on the meeting's date, so the meeting is judged by them for
 * good, whatever the board or the charter become later. The start time is kept to the
 * minute, written {@code HH:MM} like every time of day in the contract.
 */
@Revision("2")
public record MeetingScheduled(MeetingId meetingId, AssociationId associationId, LocalDate date,
		@JsonFormat(pattern = "HH:mm") LocalTime startTime, String place, PersonName chair, int firstItemNumber,
		List<RosterSeat> roster, CharterRules rules) implements AssociationEvent {

	public MeetingScheduled {
		startTime = Objects.requireNonNull(startTime, "startTime").truncatedTo(ChronoUnit.MINUTES);
		roster = List.copyOf(roster);
	}

}
