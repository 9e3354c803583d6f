package se.finsam.command.meeting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;
import se.finsam.events.association.CharterRules;
import se.finsam.events.association.QuorumRule;
import se.finsam.events.meeting.Presence;
import se.finsam.events.meeting.RosterSeat;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.command.meeting.MeetingFixture.ANNA;
import static se.finsam.command.meeting.MeetingFixture.BO;
import static se.finsam.command.meeting.MeetingFixture.CECILIA;
import static se.finsam.command.meeting.MeetingFixture.DAVID;
import static se.finsam.command.meeting.MeetingFixture.ERIK;
import static se.finsam.command.meeting.MeetingFixture.FRIDA;
import static se.finsam.command.meeting.MeetingFixture.GUSTAV;
import static se.finsam.command.meeting.MeetingFixture.IDA;
import static se.finsam.command.meeting.MeetingFixture.OUTSIDER;

class VotingRosterTest {

	private final Map<PersonName, Presence> attendance = new HashMap<>();

	@Test
	void everyOrdinaryMemberPresentVotesAndNobodyElse() {
		attend(Presence.PRESENT, ANNA, BO, CECILIA, ERIK);
		VotingRoster.Voting voting = roster(QuorumRule.MORE_THAN_HALF, true).voting(this.attendance, Set.of());
		assertThat(voting.persons()).containsExactly(ANNA, CECILIA, ERIK);
		assertThat(voting.quorate()).isTrue();
	}

	@Test
	void noAttendanceRecordedMeansNobodyVotes() {
		VotingRoster.Voting voting = roster(QuorumRule.AT_LEAST_HALF, true).voting(this.attendance, Set.of());
		assertThat(voting.persons()).isEmpty();
		assertThat(voting.quorate()).isFalse();
	}

	@Test
	void theFirstDeputyInServingOrderWhoTakesPartServesForTheirOwnOrganisationOnly() {
		attend(Presence.PRESENT, GUSTAV, FRIDA, DAVID, CECILIA);
		attend(Presence.ABSENT, ERIK);
		VotingRoster.Voting voting = roster(QuorumRule.MORE_THAN_HALF, true).voting(this.attendance, Set.of());
		assertThat(voting.persons()).containsExactly(CECILIA, GUSTAV);
	}

	@Test
	void theNextDeputyServesWhenTheFirstIsAway() {
		attend(Presence.PRESENT, FRIDA);
		attend(Presence.ABSENT, GUSTAV);
		assertThat(roster(QuorumRule.MORE_THAN_HALF, true).voting(this.attendance, Set.of()).persons())
			.containsExactly(FRIDA);
	}

	@Test
	void remoteParticipationCountsOnlyWhenTheRulesSaySoForMembersAndDeputiesAlike() {
		attend(Presence.PRESENT, ANNA);
		attend(Presence.REMOTE, CECILIA, GUSTAV);
		assertThat(roster(QuorumRule.MORE_THAN_HALF, true).voting(this.attendance, Set.of()).persons())
			.containsExactly(ANNA, CECILIA, GUSTAV);
		assertThat(roster(QuorumRule.MORE_THAN_HALF, false).voting(this.attendance, Set.of()).persons())
			.containsExactly(ANNA);
	}

	@Test
	void aPresentDeputyServesForAnOrdinaryMemberWhoseRemotePresenceDoesNotCount() {
		attend(Presence.REMOTE, CECILIA);
		attend(Presence.PRESENT, DAVID);
		assertThat(roster(QuorumRule.MORE_THAN_HALF, false).voting(this.attendance, Set.of()).persons())
			.containsExactly(DAVID);
	}

	@Test
	void halfTheSeatsAreQuorateOnlyUnderTheAtLeastHalfRule() {
		attend(Presence.PRESENT, ANNA, CECILIA);
		assertThat(roster(QuorumRule.MORE_THAN_HALF, true).voting(this.attendance, Set.of()).quorate()).isFalse();
		assertThat(roster(QuorumRule.AT_LEAST_HALF, true).voting(this.attendance, Set.of()).quorate()).isTrue();
	}

	@Test
	void theQuorumSizeFollowsTheRule() {
		assertThat(roster(QuorumRule.MORE_THAN_HALF, true).quorumSize()).isEqualTo(3);
		assertThat(roster(QuorumRule.AT_LEAST_HALF, true).quorumSize()).isEqualTo(2);
		assertThat(new VotingRoster(List.of(seat(ANNA)), rules(QuorumRule.MORE_THAN_HALF, true)).quorumSize())
			.isEqualTo(1);
	}

	@Test
	void aDisqualifiedMemberNeitherVotesNorCountsAndTheirDeputyServes() {
		attend(Presence.PRESENT, ANNA, BO, CECILIA, ERIK, IDA);
		VotingRoster.Voting voting = roster(QuorumRule.MORE_THAN_HALF, true).voting(this.attendance,
				Set.of(ANNA, ERIK));
		assertThat(voting.persons()).containsExactly(CECILIA, IDA, BO);
		assertThat(voting.includes(ANNA)).isFalse();
		assertThat(voting.quorate()).isTrue();
	}

	@Test
	void aDisqualifiedDeputyIsPassedOverForTheNextInOrder() {
		attend(Presence.PRESENT, GUSTAV, FRIDA);
		assertThat(roster(QuorumRule.MORE_THAN_HALF, true).voting(this.attendance, Set.of(GUSTAV)).persons())
			.containsExactly(FRIDA);
	}

	@Test
	void aPersonWhoIsAlsoAnotherOrganisationsDeputyHasOneVote() {
		VotingRoster shared = new VotingRoster(List.of(seat(ANNA, CECILIA), seat(CECILIA), seat(IDA)),
				rules(QuorumRule.MORE_THAN_HALF, true));
		attend(Presence.PRESENT, CECILIA, IDA);
		VotingRoster.Voting voting = shared.voting(this.attendance, Set.of());
		assertThat(voting.persons()).containsExactly(CECILIA, IDA);
		assertThat(voting.quorate()).isTrue();
	}

	@Test
	void knowsWhoIsOnTheRoster() {
		VotingRoster roster = roster(QuorumRule.MORE_THAN_HALF, true);
		assertThat(roster.seats()).isEqualTo(4);
		assertThat(roster.isOnRoster(ANNA)).isTrue();
		assertThat(roster.isOnRoster(FRIDA)).isTrue();
		assertThat(roster.isOnRoster(OUTSIDER)).isFalse();
	}

	private void attend(Presence presence, PersonName... persons) {
		for (PersonName person : persons) {
			this.attendance.put(person, presence);
		}
	}

	private static VotingRoster roster(QuorumRule quorum, boolean remoteCounts) {
		return new VotingRoster(MeetingFixture.roster(), rules(quorum, remoteCounts));
	}

	private static CharterRules rules(QuorumRule quorum, boolean remoteCounts) {
		return new CharterRules(quorum, remoteCounts, List.of(), List.of(), List.of(), List.of(), 2, false, 16, 64, 14);
	}

	private static RosterSeat seat(PersonName ordinary, PersonName... deputies) {
		return new RosterSeat(OrganisationNumber.of("212000-1785"), ordinary, List.of(deputies));
	}

}
