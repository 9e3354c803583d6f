package se.finsam.command.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

import se.finsam.command.association.AssociationDirectory;
import se.finsam.command.association.AssociationFacts;
import se.finsam.command.shared.RuleViolation;
import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.DecisionType;
import se.finsam.events.MeetingId;
import se.finsam.events.MemberKind;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;
import se.finsam.events.association.BoardSeat;
import se.finsam.events.association.CharterRules;
import se.finsam.events.association.DeputyOrder;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.events.association.QualifiedMajority;
import se.finsam.events.association.QuorumRule;
import se.finsam.events.meeting.AttendanceRecorded;
import se.finsam.events.meeting.CastVote;
import se.finsam.events.meeting.DecidedBy;
import se.finsam.events.meeting.ItemDecided;
import se.finsam.events.meeting.MotionDefeated;
import se.finsam.events.meeting.Presence;
import se.finsam.events.meeting.RosterSeat;
import se.finsam.events.meeting.Tally;
import se.finsam.events.meeting.VoteChoice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quorum, who serves and the outcome of a vote on random boards (1–8 seats, 0–2 deputies
 * each), random attendance, conflicts of interest, rules and votes, checked against a
 * model of the rules written here from the domain description alone.
 */
class MeetingVotingPropertyTest {

	private static final AssociationId ASSOCIATION = AssociationId.random();

	private static final MeetingId ID = MeetingId.random();

	private static final LocalDate DATE = LocalDate.of(2025, 3, 19);

	private static final ApplicationId APPLICATION = ApplicationId.random();

	@Property
	void theVotingRosterAgreesWithTheModel(@ForAll("scenarios") Scenario scenario) {
		VotingRoster roster = new VotingRoster(scenario.board().roster(), scenario.rules());
		Map<PersonName, Presence> attendance = scenario.attendanceByPerson();

		VotingRoster.Voting meeting = roster.voting(attendance, Set.of());
		assertThat(meeting.persons()).containsExactlyElementsOf(Model.voting(scenario, Set.of()));
		assertThat(meeting.quorate()).isEqualTo(Model.quorate(scenario, Set.of()));

		VotingRoster.Voting item = roster.voting(attendance, names(scenario.disqualified()));
		assertThat(item.persons()).containsExactlyElementsOf(Model.voting(scenario, scenario.disqualified()));
		assertThat(item.quorate()).isEqualTo(Model.quorate(scenario, scenario.disqualified()));
		assertThat(item.persons()).noneMatch(names(scenario.disqualified())::contains);
	}

	@Property(tries = 200)
	void attendanceRecordedCarriesTheModelsVotersAndQuorum(@ForAll("scenarios") Scenario generated) {
		String last = generated.board().people().get(generated.board().people().size() - 1);
		Presence presence = Optional.ofNullable(generated.attendance().get(last)).orElse(Presence.ABSENT);
		Scenario scenario = generated.attending(last, presence);
		List<Object> given = new ArrayList<>();
		given.add(scenario.schedule());
		scenario.attendance()
			.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().equals(last))
			.forEach((entry) -> given.add(attend(entry.getKey(), entry.getValue())));

		scenario.aggregate()
			.givenNoPriorActivity()
			.andGivenCommands(given)
			.when(attend(last, presence))
			.expectEvents(new AttendanceRecorded(ID, ASSOCIATION, PersonName.of(last), presence,
					Model.quorate(scenario, Set.of()), Model.voting(scenario, Set.of())));
	}

	@Property(tries = 500)
	void aMotionCarriesOrFallsAsTheModelSays(@ForAll("scenarios") Scenario scenario) {
		List<CastVote> votes = new ArrayList<>();
		for (PersonName person : Model.voting(scenario, scenario.disqualified())) {
			VoteChoice choice = scenario.choices().get(person.value());
			if (choice != null) {
				votes.add(new CastVote(person, choice));
			}
		}
		decidesAsTheModelSays(scenario, votes);
	}

	/** Ties are rare among random votes, so this one makes them. */
	@Property(tries = 300)
	void aTieIsSettledAsTheModelSays(@ForAll("scenarios") Scenario scenario,
			@ForAll @IntRange(min = 0, max = 8) int rotation) {
		List<PersonName> voting = new ArrayList<>(Model.voting(scenario, scenario.disqualified()));
		Assume.that(voting.size() >= 2);
		Collections.rotate(voting, rotation);
		int half = voting.size() / 2;
		List<CastVote> votes = new ArrayList<>();
		for (int i = 0; i < voting.size(); i++) {
			VoteChoice choice = (i < half) ? VoteChoice.YES : (i < 2 * half) ? VoteChoice.NO : VoteChoice.ABSTAIN;
			votes.add(new CastVote(voting.get(i), choice));
		}
		decidesAsTheModelSays(scenario, votes);
	}

	/**
	 * Puts the votes to the meeting, with the casting vote or lot when the model needs
	 * one, and expects the model's outcome, tally and voting set in the event.
	 */
	private static void decidesAsTheModelSays(Scenario scenario, List<CastVote> votes) {
		Model.Outcome expected = Model.outcome(scenario, votes);
		boolean castingVote = expected.decidedBy() == DecidedBy.CASTING_VOTE && !Model.chairVoted(scenario, votes);
		DecideItem decide = new DecideItem(ID, null, 1, "Beslutet", votes, List.of(),
				castingVote ? scenario.tieBreak() : null,
				(expected.decidedBy() == DecidedBy.LOT) ? scenario.tieBreak() : null);

		var result = scenario.aggregate()
			.givenNoPriorActivity()
			.andGivenCommands(scenario.meetingWithItem())
			.when(decide);
		if (!Model.quorate(scenario, scenario.disqualified())) {
			result.expectException(MeetingTest.violated("meeting.not-quorate")).expectNoEvents();
			return;
		}
		List<PersonName> voting = Model.voting(scenario, scenario.disqualified());
		Tally tally = Model.tally(votes);
		if (expected.carried()) {
			result.expectEvents(new ItemDecided(ID, ASSOCIATION, 1, new DecisionReference(ID, DATE, 1), scenario.type(),
					scenario.application(), "Beslutet", tally, votes, List.of(), expected.decidedBy(), voting));
		}
		else {
			result.expectEvents(
					new MotionDefeated(ID, ASSOCIATION, 1, "Beslutet", tally, votes, expected.decidedBy(), voting));
		}
	}

	@Property(tries = 200)
	void aVoteFromAnyoneWhoDoesNotServeOnTheItemIsRefused(@ForAll("scenarios") Scenario scenario) {
		List<PersonName> voting = Model.voting(scenario, scenario.disqualified());
		Optional<String> outsider = scenario.board()
			.people()
			.stream()
			.filter((person) -> !voting.contains(PersonName.of(person)))
			.findFirst();
		Assume.that(outsider.isPresent());

		scenario.aggregate()
			.givenNoPriorActivity()
			.andGivenCommands(scenario.meetingWithItem())
			.when(new DecideItem(ID, null, 1, "Beslutet",
					List.of(new CastVote(PersonName.of(outsider.get()), VoteChoice.YES)), List.of(), null, null))
			.expectException(brokenAnyOf("meeting.vote.not-voting", "meeting.vote.disqualified"))
			.expectNoEvents();
	}

	@Provide
	Arbitrary<Scenario> scenarios() {
		return Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(8).flatMap((deputies) -> {
			Board board = Board.of(deputies);
			int people = board.people().size();
			// Mostly present, so that quorate meetings and close votes are common.
			Arbitrary<List<Presence>> presence = Arbitraries
				.frequency(Tuple.of(6, Presence.PRESENT), Tuple.of(2, Presence.REMOTE), Tuple.of(2, Presence.ABSENT))
				.injectNull(0.1)
				.list()
				.ofSize(people);
			Arbitrary<List<Boolean>> disqualified = Arbitraries.integers()
				.between(0, 7)
				.map((n) -> n == 0)
				.list()
				.ofSize(people);
			Arbitrary<List<VoteChoice>> choices = Arbitraries.of(VoteChoice.class)
				.injectNull(0.15)
				.list()
				.ofSize(people);
			Arbitrary<Integer> chair = Arbitraries.integers().between(0, board.seats().size() - 1);
			Arbitrary<Quorum> quorum = Combinators
				.combine(Arbitraries.of(QuorumRule.class), Arbitraries.of(true, false))
				.as(Quorum::new);
			Arbitrary<Majority> majority = Combinators
				.combine(
						Arbitraries.of(Optional.<Share>empty(), Optional.of(new Share(2, 3)),
								Optional.of(new Share(3, 4)), Optional.of(new Share(3, 5))),
						Arbitraries.of(true, false))
				.as(Majority::new);
			return Combinators
				.combine(presence, disqualified, choices, chair, quorum, Arbitraries.of(DecisionType.class), majority,
						Arbitraries.of(VoteChoice.YES, VoteChoice.NO))
				.as((p, d, c, ch, q, type, m, tieBreak) -> Scenario.of(board, p, d, c, ch, q, type, m, tieBreak));
		});
	}

	private static RecordAttendance attend(String person, Presence presence) {
		return new RecordAttendance(ID, null, PersonName.of(person), presence);
	}

	private static Set<PersonName> names(Set<String> people) {
		Set<PersonName> names = new HashSet<>();
		people.forEach((person) -> names.add(PersonName.of(person)));
		return names;
	}

	private static Matcher<RuleViolation> brokenAnyOf(String... codes) {
		return new FeatureMatcher<RuleViolation, List<String>>(Matchers.hasItem(Matchers.oneOf(codes)), "broken rules",
				"broken rules") {
			@Override
			protected List<String> featureValueOf(RuleViolation actual) {
				return actual.broken().stream().map(RuleViolation.Broken::code).toList();
			}
		};
	}

	/**
	 * The rules as a secretary would apply them with the board list in hand: go through
	 * the seats; the ordinary member votes if they take part, else the first of their
	 * deputies who does. Everyone here is a different person.
	 */
	static final class Model {

		private Model() {
		}

		static boolean takesPart(Scenario scenario, String person, Set<String> disqualified) {
			Presence presence = scenario.attendance().get(person);
			return !disqualified.contains(person) && (presence == Presence.PRESENT
					|| (presence == Presence.REMOTE && scenario.quorum().remoteCounts()));
		}

		/** Ordinary members in seat order, then the serving deputies in seat order. */
		static List<PersonName> voting(Scenario scenario, Set<String> disqualified) {
			List<PersonName> ordinary = new ArrayList<>();
			List<PersonName> serving = new ArrayList<>();
			for (Seat seat : scenario.board().seats()) {
				if (takesPart(scenario, seat.ordinary(), disqualified)) {
					ordinary.add(PersonName.of(seat.ordinary()));
					continue;
				}
				for (String deputy : seat.deputies()) {
					if (takesPart(scenario, deputy, disqualified)) {
						serving.add(PersonName.of(deputy));
						break;
					}
				}
			}
			ordinary.addAll(serving);
			return ordinary;
		}

		static boolean quorate(Scenario scenario, Set<String> disqualified) {
			double voting = voting(scenario, disqualified).size();
			double half = scenario.board().seats().size() / 2.0;
			return (scenario.quorum().rule() == QuorumRule.MORE_THAN_HALF) ? voting > half : voting >= half;
		}

		static Tally tally(List<CastVote> votes) {
			int yes = 0;
			int no = 0;
			int abstain = 0;
			for (CastVote vote : votes) {
				switch (vote.choice()) {
					case YES -> yes++;
					case NO -> no++;
					case ABSTAIN -> abstain++;
				}
			}
			return new Tally(yes, no, abstain);
		}

		static boolean chairVoted(Scenario scenario, List<CastVote> votes) {
			return votes.stream()
				.anyMatch((vote) -> vote.person().value().equals(scenario.chair())
						&& vote.choice() != VoteChoice.ABSTAIN);
		}

		static Outcome outcome(Scenario scenario, List<CastVote> votes) {
			if (votes.isEmpty()) {
				return new Outcome(true, DecidedBy.ACCLAMATION);
			}
			Tally tally = tally(votes);
			int cast = tally.yes() + tally.no();
			Optional<Share> share = scenario.majority().applies() ? scenario.majority().share() : Optional.empty();
			if (share.isPresent()) {
				boolean reached = cast > 0
						&& (double) tally.yes() / cast >= (double) share.get().numerator() / share.get().denominator();
				return new Outcome(reached, DecidedBy.VOTE);
			}
			if (tally.yes() == tally.no() && cast > 0) {
				if (scenario.type() == DecisionType.ELECTION) {
					return new Outcome(scenario.tieBreak() == VoteChoice.YES, DecidedBy.LOT);
				}
				VoteChoice chairs = votes.stream()
					.filter((vote) -> vote.person().value().equals(scenario.chair()))
					.map(CastVote::choice)
					.filter((choice) -> choice != VoteChoice.ABSTAIN)
					.findFirst()
					.orElse(scenario.tieBreak());
				return new Outcome(chairs == VoteChoice.YES, DecidedBy.CASTING_VOTE);
			}
			return new Outcome(tally.yes() > tally.no(), DecidedBy.VOTE);
		}

		record Outcome(boolean carried, DecidedBy decidedBy) {
		}

	}

	record Seat(OrganisationNumber organisation, String ordinary, List<String> deputies) {
	}

	record Board(List<Seat> seats) {

		static Board of(List<Integer> deputies) {
			List<Seat> seats = new ArrayList<>();
			for (int i = 0; i < deputies.size(); i++) {
				int seat = i + 1;
				seats.add(new Seat(organisation(seat), "Ledamot " + seat,
						IntStream.rangeClosed(1, deputies.get(i))
							.mapToObj((d) -> "Ersättare " + seat + "." + d)
							.toList()));
			}
			return new Board(seats);
		}

		List<String> people() {
			List<String> people = new ArrayList<>();
			for (Seat seat : this.seats) {
				people.add(seat.ordinary());
				people.addAll(seat.deputies());
			}
			return people;
		}

		/** As the meeting should take it: the charter's order where one is set. */
		List<RosterSeat> roster() {
			return this.seats.stream()
				.map((seat) -> new RosterSeat(seat.organisation(), PersonName.of(seat.ordinary()),
						seat.deputies().stream().map(PersonName::of).toList()))
				.toList();
		}

		/**
		 * Two deputies are given as the charter's serving order, with the second as the
		 * seat's own deputy, so that only the order puts the first one first.
		 */
		List<BoardSeat> boardSeats() {
			return this.seats.stream()
				.map((seat) -> new BoardSeat(seat.organisation(), PersonName.of(seat.ordinary()),
						seat.deputies().isEmpty() ? null
								: PersonName.of(seat.deputies().get(seat.deputies().size() - 1))))
				.toList();
		}

		List<DeputyOrder> deputyOrders() {
			return this.seats.stream()
				.filter((seat) -> seat.deputies().size() > 1)
				.map((seat) -> new DeputyOrder(seat.organisation(),
						seat.deputies().stream().map(PersonName::of).toList()))
				.toList();
		}

		private static OrganisationNumber organisation(int seat) {
			String nine = String.format("2120%05d", seat);
			return IntStream.range(0, 10)
				.mapToObj((digit) -> nine + digit)
				.filter(OrganisationNumber::isValid)
				.findFirst()
				.map(OrganisationNumber::of)
				.orElseThrow();
		}

	}

	record Quorum(QuorumRule rule, boolean remoteCounts) {
	}

	record Share(int numerator, int denominator) {
	}

	/** A qualified majority, set either for the item's own type or for another one. */
	record Majority(Optional<Share> share, boolean applies) {
	}

	record Scenario(Board board, Map<String, Presence> attendance, Set<String> disqualified,
			Map<String, VoteChoice> choices, String chair, Quorum quorum, DecisionType type, Majority majority,
			VoteChoice tieBreak) {

		static Scenario of(Board board, List<Presence> presence, List<Boolean> disqualified, List<VoteChoice> choices,
				int chairSeat, Quorum quorum, DecisionType type, Majority majority, VoteChoice tieBreak) {
			List<String> people = board.people();
			Map<String, Presence> attendance = new TreeMap<>();
			Set<String> conflicted = new HashSet<>();
			Map<String, VoteChoice> chosen = new HashMap<>();
			for (int i = 0; i < people.size(); i++) {
				if (presence.get(i) != null) {
					attendance.put(people.get(i), presence.get(i));
				}
				if (disqualified.get(i)) {
					conflicted.add(people.get(i));
				}
				chosen.put(people.get(i), choices.get(i));
			}
			return new Scenario(board, attendance, conflicted, chosen, board.seats().get(chairSeat).ordinary(), quorum,
					type, majority, tieBreak);
		}

		Scenario attending(String person, Presence presence) {
			Map<String, Presence> changed = new TreeMap<>(this.attendance);
			changed.put(person, presence);
			return new Scenario(this.board, changed, this.disqualified, this.choices, this.chair, this.quorum,
					this.type, this.majority, this.tieBreak);
		}

		Map<PersonName, Presence> attendanceByPerson() {
			Map<PersonName, Presence> byPerson = new HashMap<>();
			this.attendance.forEach((person, presence) -> byPerson.put(PersonName.of(person), presence));
			return byPerson;
		}

		CharterRules rules() {
			List<QualifiedMajority> majorities = this.majority.share()
				.map((share) -> List.of(new QualifiedMajority(majorityType(), share.numerator(), share.denominator())))
				.orElse(List.of());
			return new CharterRules(this.quorum.rule(), this.quorum.remoteCounts(), this.board.deputyOrders(),
					majorities, List.of(), List.of(), 2, false, 16, 64, 14);
		}

		private DecisionType majorityType() {
			DecisionType[] types = DecisionType.values();
			return this.majority.applies() ? this.type : types[(this.type.ordinal() + 1) % types.length];
		}

		ApplicationId application() {
			return (this.type == DecisionType.GRANT) ? APPLICATION : null;
		}

		ScheduleMeeting schedule() {
			return new ScheduleMeeting(ID, ASSOCIATION, DATE, LocalTime.of(9, 0), "Sammanträdesrummet",
					PersonName.of(this.chair), 1);
		}

		/** Scheduled, item § 1 on the agenda, attendance and conflicts recorded. */
		List<Object> meetingWithItem() {
			List<Object> commands = new ArrayList<>();
			commands.add(schedule());
			commands.add(new AddAgendaItem(ID, null, "Ärendet", this.type, application(), null));
			this.attendance.forEach((person, presence) -> commands.add(attend(person, presence)));
			this.disqualified.stream()
				.sorted()
				.forEach((person) -> commands
					.add(new DeclareConflictOfInterest(ID, null, 1, PersonName.of(person), "Jäv")));
			return commands;
		}

		AggregateTestFixture<Meeting> aggregate() {
			List<MemberOrganisation> members = this.board.seats()
				.stream()
				.map((seat) -> new MemberOrganisation(seat.organisation(), "Medlem " + seat.organisation(),
						MemberKind.MUNICIPALITY))
				.toList();
			AssociationFacts facts = new AssociationFacts(ASSOCIATION, members, this.board.boardSeats(),
					new TreeMap<>(Map.of(DATE.minusYears(1), rules())));
			AggregateTestFixture<Meeting> fixture = new AggregateTestFixture<>(Meeting.class);
			fixture.registerInjectableResource((AssociationDirectory) (id) -> facts);
			fixture.registerInjectableResource((MeetingRecords) (id) -> Optional.empty());
			return fixture;
		}

	}

}
