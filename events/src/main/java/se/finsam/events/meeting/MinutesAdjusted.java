package se.finsam.events.meeting;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.MeetingId;

/**
 * Both the chair and the checker have signed: the minutes are final and the meeting is
 * locked. A correction is a new decision at a later meeting.
 */
@Revision("1")
public record MinutesAdjusted(MeetingId meetingId, AssociationId associationId,
		LocalDate adjustedOn) implements AssociationEvent {

}
