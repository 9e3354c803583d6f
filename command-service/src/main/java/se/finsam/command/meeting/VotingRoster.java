package se.finsam.command.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.finsam.events.PersonName;
import se.finsam.events.association.CharterRules;
import se.finsam.events.association.QuorumRule;
import se.finsam.events.meeting.Presence;
import se.finsam.events.meeting.RosterSeat;

/**
 * Who votes at a meeting, and whether the board is quorate, given who takes part. Each
 * ordinary member who takes part votes; for each one who does not, the first deputy of
 * the same member organisation who takes part serves, in serving order. Remote
 * participation counts only where the charter says so. Disqualified persons (jäv) neither
 * vote nor count, and their organisation's deputy serves instead. Kept free of the
 * framework so that the rule can be read and tested on its own.
 */
final class VotingRoster {

	private final List<RosterSeat> roster;

	private final QuorumRule quorum;

	private final boolean remoteCounts;

	VotingRoster(List<RosterSeat> roster, CharterRules rules) {
		this.roster = List.copyOf(roster);
		this.quorum = rules.quorum();
		this.remoteCounts = rules.remoteParticipationCounts();
	}

	/** Who votes with this attendance; persons without a record do not take part. */
	Voting voting(Map<PersonName, Presence> attendance, Set<PersonName> disqualified) {
		Set<PersonName> voting = new LinkedHashSet<>();
		for (RosterSeat seat : this.roster) {
			if (takesPart(seat.ordinaryMember(), attendance, disqualified)) {
				voting.add(seat.ordinaryMember());
			}
		}
		// Deputies after all ordinary members: one person holds one vote, even if they
		// are also a deputy for another organisation.
		for (RosterSeat seat : this.roster) {
			if (voting.contains(seat.ordinaryMember())) {
				continue;
			}
			seat.deputies()
				.stream()
				.filter((deputy) -> !voting.contains(deputy) && takesPart(deputy, attendance, disqualified))
				.findFirst()
				.ifPresent(voting::add);
		}
		List<PersonName> persons = new ArrayList<>(voting);
		return new Voting(persons, this.quorum.isQuorate(persons.size(), seats()));
	}

	int seats() {
		return this.roster.size();
	}

	/** The fewest voting persons that make the board quorate. */
	int quorumSize() {
		int needed = 0;
		while (!this.quorum.isQuorate(needed, seats())) {
			needed++;
		}
		return needed;
	}

	boolean isOnRoster(PersonName person) {
		return this.roster.stream()
			.anyMatch((seat) -> seat.ordinaryMember().equals(person) || seat.deputies().contains(person));
	}

	private boolean takesPart(PersonName person, Map<PersonName, Presence> attendance, Set<PersonName> disqualified) {
		if (disqualified.contains(person)) {
			return false;
		}
		Presence presence = attendance.get(person);
		return presence == Presence.PRESENT || (presence == Presence.REMOTE && this.remoteCounts);
	}

	/** The persons who vote, in roster order (ordinary members first), and the quorum. */
	record Voting(List<PersonName> persons, boolean quorate) {

		Voting {
			persons = List.copyOf(persons);
		}

		boolean includes(PersonName person) {
			return this.persons.contains(person);
		}

	}

}
