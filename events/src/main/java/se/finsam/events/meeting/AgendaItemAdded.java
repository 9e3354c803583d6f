package se.finsam.events.meeting;

import org.axonframework.serialization.Revision;

import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.DecisionType;
import se.finsam.events.MeetingId;

/**
 * An item (§) was put on the meeting's agenda, numbered after the previous one. It may
 * concern an application, and may change a decision of an earlier, adjusted meeting.
 */
@Revision("1")
public record AgendaItemAdded(MeetingId meetingId, AssociationId associationId, int item, String title,
		DecisionType type, ApplicationId application, DecisionReference refersTo) implements AssociationEvent {

}
