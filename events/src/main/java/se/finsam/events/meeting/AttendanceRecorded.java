package se.finsam.events.meeting;

import java.util.List;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;

/**
 * A person on the roster arrived, left or takes part remotely. Carries who votes and
 * whether the board is quorate after the change, so that readers need not apply the
 * charter's rules themselves.
 */
@Revision("2")
public record AttendanceRecorded(MeetingId meetingId, AssociationId associationId, PersonName person, Presence presence,
		boolean quorate, List<PersonName> voting) implements AssociationEvent {

	public AttendanceRecorded {
		voting = List.copyOf(voting);
	}

}
