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
 * The board carried a motion on an item, which is now closed. Everything a later change
 * of money or rules cites points here, through {@code decision}.
 *
 * @param voting who was entitled to vote on the item when it was decided
 */
@Revision("2")
public record ItemDecided(MeetingId meetingId, AssociationId associationId, int item, DecisionReference decision,
		DecisionType type, ApplicationId application, String resolution, Tally tally, List<CastVote> votes,
		List<PersonName> dissenting, DecidedBy decidedBy, List<PersonName> voting) implements AssociationEvent {

	public ItemDecided {
		votes = List.copyOf(votes);
		dissenting = List.copyOf(dissenting);
		voting = List.copyOf(voting);
	}

}
