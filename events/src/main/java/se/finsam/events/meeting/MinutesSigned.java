package se.finsam.events.meeting;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;

/** The chair or the checker signed the minutes. */
@Revision("2")
public record MinutesSigned(MeetingId meetingId, AssociationId associationId, PersonName signer, SignatureRole role,
		LocalDate signedOn) implements AssociationEvent {

}
