package se.finsam.events.meeting;

import java.util.List;

import org.axonframework.serialization.Revision;

import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.DecisionType;
import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;

/**
 * The board deferred an item (bordläggning) to a later meeting; the item is closed here.
 *
 * @param voting who was entitled to vote on the item when it was deferred
 */
@Revision("2")
public record ItemDeferred(MeetingId meetingId, AssociationId associationId, int item, DecisionReference decision,
		DecisionType type, ApplicationId application, String reason,
		List<PersonName> voting) implements AssociationEvent {

	public ItemDeferred {
		voting = List.copyOf(voting);
	}

}
