package se.finsam.events.meeting;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;

/** The meeting appointed the person who checks and signs the minutes with the chair. */
@Revision("2")
public record CheckerAppointed(MeetingId meetingId, AssociationId associationId,
		PersonName checker) implements AssociationEvent {

}
