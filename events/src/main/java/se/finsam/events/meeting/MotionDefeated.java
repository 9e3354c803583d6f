package se.finsam.events.meeting;

import java.util.List;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;

/**
 * A motion on an item did not carry. The item stays open for another motion or a
 * deferral.
 *
 * @param voting who was entitled to vote on the item at the vote
 */
@Revision("2")
public record MotionDefeated(MeetingId meetingId, AssociationId associationId, int item, String resolution, Tally tally,
		List<CastVote> votes, DecidedBy decidedBy, List<PersonName> voting) implements AssociationEvent {

	public MotionDefeated {
		votes = List.copyOf(votes);
		voting = List.copyOf(voting);
	}

}
