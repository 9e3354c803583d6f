package se.finsam.events.meeting;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;

/**
 * A person is disqualified (jäv) for an item: they take no part in it and do not vote on
 * it; for an ordinary member, their organisation's next present deputy serves instead.
 */
@Revision("2")
public record ConflictOfInterestDeclared(MeetingId meetingId, AssociationId associationId, int item, PersonName person,
		String reason) implements AssociationEvent {

}
