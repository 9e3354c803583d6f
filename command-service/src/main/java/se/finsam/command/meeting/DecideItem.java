package se.finsam.command.meeting;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;
import se.finsam.events.meeting.CastVote;
import se.finsam.events.meeting.VoteChoice;

/**
 * Puts a motion on an item to the board. No votes means the board decided without a vote
 * (acclamation), which carries.
 *
 * @param resolution the wording of the decision, as the minutes will state it
 * @param dissenting who enters dissent (reservation) against the decision
 * @param castingVote the chair's casting vote on a tie, needed only when the chair did
 * not vote yes or no; otherwise {@code null}
 * @param lot the lot drawn on a tie in an election; otherwise {@code null}
 */
public record DecideItem(@TargetAggregateIdentifier MeetingId meetingId, @TargetAggregateVersion Long expectedVersion,
		int item, String resolution, List<CastVote> votes, List<PersonName> dissenting, VoteChoice castingVote,
		VoteChoice lot) {

	public DecideItem {
		votes = (votes != null) ? List.copyOf(votes) : List.of();
		dissenting = (dissenting != null) ? List.copyOf(dissenting) : List.of();
	}

}
