package se.finsam.command.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.finsam.command.shared.RuleViolation;
import se.finsam.command.shared.StateConflict;
import se.finsam.events.ApplicationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.DecisionType;
import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;
import se.finsam.events.association.QuorumRule;
import se.finsam.events.meeting.AgendaItemAdded;
import se.finsam.events.meeting.AttendanceRecorded;
import se.finsam.events.meeting.CastVote;
import se.finsam.events.meeting.CheckerAppointed;
import se.finsam.events.meeting.ConflictOfInterestDeclared;
import se.finsam.events.meeting.DecidedBy;
import se.finsam.events.meeting.ItemDecided;
import se.finsam.events.meeting.ItemDeferred;
import se.finsam.events.meeting.MeetingScheduled;
import se.finsam.events.meeting.MinutesAdjusted;
import se.finsam.events.meeting.MinutesSigned;
import se.finsam.events.meeting.MotionDefeated;
import se.finsam.events.meeting.Presence;
import se.finsam.events.meeting.RosterSeat;
import se.finsam.events.meeting.SignatureRole;
import se.finsam.events.meeting.Tally;
import se.finsam.events.meeting.VoteChoice;

import static se.finsam.command.meeting.MeetingFixture.AF;
import static se.finsam.command.meeting.MeetingFixture.ANNA;
import static se.finsam.command.meeting.MeetingFixture.APPLICATION;
import static se.finsam.command.meeting.MeetingFixture.ASSOCIATION;
import static se.finsam.command.meeting.MeetingFixture.BO;
import static se.finsam.command.meeting.MeetingFixture.CECILIA;
import static se.finsam.command.meeting.MeetingFixture.DATE;
import static se.finsam.command.meeting.MeetingFixture.DAVID;
import static se.finsam.command.meeting.MeetingFixture.EARLIER;
import static se.finsam.command.meeting.MeetingFixture.EARLIER_DATE;
import static se.finsam.command.meeting.MeetingFixture.EARLIER_NOT_ADJUSTED;
import static se.finsam.command.meeting.MeetingFixture.ELSEWHERE;
import static se.finsam.command.meeting.MeetingFixture.ERIK;
import static se.finsam.command.meeting.MeetingFixture.FK;
import static se.finsam.command.meeting.MeetingFixture.FORSHAGA;
import static se.finsam.command.meeting.MeetingFixture.FRIDA;
import static se.finsam.command.meeting.MeetingFixture.GUSTAV;
import static se.finsam.command.meeting.MeetingFixture.ID;
import static se.finsam.command.meeting.MeetingFixture.IDA;
import static se.finsam.command.meeting.MeetingFixture.LATER;
import static se.finsam.command.meeting.MeetingFixture.OTHER_ASSOCIATION;
import static se.finsam.command.meeting.MeetingFixture.OUTSIDER;
import static se.finsam.command.meeting.MeetingFixture.REGION;
import static se.finsam.command.meeting.MeetingFixture.RULES_2024;
import static se.finsam.command.meeting.MeetingFixture.START;
import static se.finsam.command.meeting.MeetingFixture.add;
import static se.finsam.command.meeting.MeetingFixture.added;
import static se.finsam.command.meeting.MeetingFixture.attending;
import static se.finsam.command.meeting.MeetingFixture.decision;
import static se.finsam.command.meeting.MeetingFixture.grantAdded;
import static se.finsam.command.meeting.MeetingFixture.meeting;
import static se.finsam.command.meeting.MeetingFixture.present;
import static se.finsam.command.meeting.MeetingFixture.schedule;
import static se.finsam.command.meeting.MeetingFixture.scheduled;

class MeetingTest {

	private AggregateTestFixture<Meeting> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = meeting().aggregate();
	}

	// Scheduling

	@Test
	void schedulesAMeetingWithTheRosterAndTheRulesOfItsDay() {
		this.fixture.givenNoPriorActivity()
			.when(schedule())
			.expectSuccessfulHandlerExecution()
			.expectEvents(scheduled());
	}

	@Test
	void judgesAMeetingByTheRulesInForceOnItsDateAndTakesTheSeatsDeputyWithoutAnOrder() {
		LocalDate autumn = LocalDate.of(2024, 10, 2);
		this.fixture.givenNoPriorActivity()
			.when(schedule(autumn, ANNA, 1))
			.expectEvents(new MeetingScheduled(ID, ASSOCIATION, autumn, START, "Kommunhuset, Torsby", ANNA, 1,
					List.of(new RosterSeat(FK.organisationNumber(), ANNA, List.of(BO)),
							new RosterSeat(AF.organisationNumber(), CECILIA, List.of(DAVID)),
							new RosterSeat(REGION.organisationNumber(), ERIK, List.of(FRIDA)),
							new RosterSeat(FORSHAGA.organisationNumber(), IDA, List.of())),
					RULES_2024));
	}

	@Test
	void rejectsAMeetingOfABoardWithoutSeats() {
		meeting().withoutSeats()
			.aggregate()
			.givenNoPriorActivity()
			.when(schedule())
			.expectException(violated("meeting.board.empty", "meeting.chair.not-member"))
			.expectNoEvents();
	}

	@Test
	void rejectsAChairWhoIsNotAnOrdinaryMember() {
		this.fixture.givenNoPriorActivity()
			.when(schedule(DATE, BO, 12))
			.expectException(violated("meeting.chair.not-member"))
			.expectNoEvents();
	}

	@Test
	void rejectsAFirstItemNumberBelowOne() {
		this.fixture.givenNoPriorActivity()
			.when(schedule(DATE, ANNA, 0))
			.expectException(violated("meeting.first-item.too-low"))
			.expectNoEvents();
	}

	@Test
	void rejectsAMeetingOfAnUnknownAssociation() {
		this.fixture.givenNoPriorActivity()
			.when(new ScheduleMeeting(ID, OTHER_ASSOCIATION, DATE, START, "Torsby", ANNA, 1))
			.expectException(AggregateNotFoundException.class)
			.expectNoEvents();
	}

	// Agenda

	@Test
	void numbersTheFirstItemFromTheMeetingsFirstItemNumber() {
		this.fixture.given(scheduled())
			.when(new AddAgendaItem(ID, 0L, "  Val av justerare ", DecisionType.ELECTION, null, null))
			.expectEvents(
					new AgendaItemAdded(ID, ASSOCIATION, 12, "Val av justerare", DecisionType.ELECTION, null, null))
			.expectResultMessagePayload(new ItemNumbered(1, decision(12)));
	}

	@Test
	void numbersEachItemAfterTheLast() {
		this.fixture.given(scheduled(), added(12, DecisionType.ELECTION))
			.when(add("Ansökan om fria medel", DecisionType.GRANT, APPLICATION, null))
			.expectEvents(grantAdded(13))
			.expectResultMessagePayload(new ItemNumbered(2, decision(13)));
	}

	@Test
	void rejectsAnItemWithoutTitleOrType() {
		this.fixture.given(scheduled())
			.when(add(" ", null, null, null))
			.expectException(violated("meeting.item.title-blank", "meeting.item.type-missing"))
			.expectNoEvents();
	}

	@Test
	void rejectsAGrantItemWithoutAnApplication() {
		this.fixture.given(scheduled())
			.when(add("Ansökan", DecisionType.GRANT, null, null))
			.expectException(violated("meeting.item.application-missing"))
			.expectNoEvents();
	}

	@Test
	void rejectsAnApplicationThatIsAlreadyOnAnOpenItem() {
		this.fixture.given(scheduled(), grantAdded(12))
			.when(add("Samma ansökan igen", DecisionType.GRANT, APPLICATION, null))
			.expectException(violated("meeting.item.application-on-agenda"))
			.expectNoEvents();
	}

	@Test
	void takesAnApplicationAgainOnceItsItemIsClosed() {
		this.fixture.given(scheduled(), grantAdded(12))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.andGivenCommands(new DeferItem(ID, null, 12, "Underlaget saknas"))
			.when(add("Ansökan om fria medel", DecisionType.GRANT, APPLICATION, null))
			.expectEvents(grantAdded(13));
	}

	@Test
	void changesADecisionOfAnEarlierAdjustedMeeting() {
		DecisionReference earlier = new DecisionReference(EARLIER, EARLIER_DATE, 7);
		this.fixture.given(scheduled())
			.when(add("Ändring av beslut", DecisionType.BUDGET_REVISION, null, earlier))
			.expectEvents(new AgendaItemAdded(ID, ASSOCIATION, 12, "Ändring av beslut", DecisionType.BUDGET_REVISION,
					null, earlier));
	}

	@Test
	void rejectsAChangeOfAMeetingThatDoesNotExist() {
		this.fixture.given(scheduled())
			.when(add("Ändring", DecisionType.OTHER, null, new DecisionReference(MeetingId.random(), EARLIER_DATE, 7)))
			.expectException(violated("meeting.refers-to.unknown"))
			.expectNoEvents();
	}

	@Test
	void rejectsAChangeOfAnotherAssociationsDecision() {
		this.fixture.given(scheduled())
			.when(add("Ändring", DecisionType.OTHER, null, new DecisionReference(ELSEWHERE, EARLIER_DATE, 7)))
			.expectException(violated("meeting.refers-to.other-association"))
			.expectNoEvents();
	}

	@Test
	void rejectsAChangeOfALaterMeetingsDecision() {
		this.fixture.given(scheduled())
			.when(add("Ändring", DecisionType.OTHER, null, new DecisionReference(LATER, LocalDate.of(2025, 4, 23), 1)))
			.expectException(violated("meeting.refers-to.not-earlier"))
			.expectNoEvents();
	}

	@Test
	void rejectsAChangeOfADecisionOfThisVeryMeeting() {
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.when(add("Ändring", DecisionType.OTHER, null, decision(12)))
			.expectException(violated("meeting.refers-to.not-earlier"))
			.expectNoEvents();
	}

	@Test
	void rejectsAChangeBeforeTheEarlierMinutesAreAdjusted() {
		this.fixture.given(scheduled())
			.when(add("Ändring", DecisionType.OTHER, null,
					new DecisionReference(EARLIER_NOT_ADJUSTED, LocalDate.of(2025, 2, 12), 3)))
			.expectException(violated("meeting.refers-to.not-adjusted"))
			.expectNoEvents();
	}

	@Test
	void rejectsAChangeOfAnItemThatWasNotDecidedAndAWrongDate() {
		this.fixture.given(scheduled())
			.when(add("Ändring", DecisionType.OTHER, null, new DecisionReference(EARLIER, DATE.minusDays(1), 9)))
			.expectException(violated("meeting.refers-to.date-mismatch", "meeting.refers-to.not-decided"))
			.expectNoEvents();
	}

	// Attendance

	@Test
	void recordsAttendanceWithWhoVotesAndWhetherTheBoardIsQuorate() {
		this.fixture.given(scheduled())
			.andGivenCommands(present(ANNA, CECILIA))
			.when(new RecordAttendance(ID, 2L, ERIK, Presence.PRESENT))
			.expectEvents(
					new AttendanceRecorded(ID, ASSOCIATION, ERIK, Presence.PRESENT, true, List.of(ANNA, CECILIA, ERIK)))
			.expectResultMessagePayload(3L);
	}

	@Test
	void aDeputyServesForAnAbsentOrdinaryMemberOfTheirOwnOrganisation() {
		this.fixture.given(scheduled())
			.andGivenCommands(present(ANNA, DAVID))
			.when(new RecordAttendance(ID, null, CECILIA, Presence.ABSENT))
			.expectEvents(
					new AttendanceRecorded(ID, ASSOCIATION, CECILIA, Presence.ABSENT, false, List.of(ANNA, DAVID)));
	}

	@Test
	void theFirstPresentDeputyInTheChartersOrderServes() {
		this.fixture.given(scheduled())
			.andGivenCommands(present(ANNA, CECILIA, FRIDA))
			.when(new RecordAttendance(ID, null, GUSTAV, Presence.PRESENT))
			.expectEvents(new AttendanceRecorded(ID, ASSOCIATION, GUSTAV, Presence.PRESENT, true,
					List.of(ANNA, CECILIA, GUSTAV)));
	}

	@Test
	void aDeputyDoesNotServeForAnotherOrganisation() {
		this.fixture.given(scheduled())
			.andGivenCommands(present(ANNA, CECILIA))
			.when(new RecordAttendance(ID, null, BO, Presence.PRESENT))
			.expectEvents(new AttendanceRecorded(ID, ASSOCIATION, BO, Presence.PRESENT, false, List.of(ANNA, CECILIA)));
	}

	@Test
	void remoteParticipationCountsOnlyWhereTheCharterSaysSo() {
		meeting().ruledBy(QuorumRule.MORE_THAN_HALF, false)
			.aggregate()
			.givenNoPriorActivity()
			.andGivenCommands(schedule())
			.andGivenCommands(present(ANNA, CECILIA))
			.when(new RecordAttendance(ID, null, ERIK, Presence.REMOTE))
			.expectEvents(
					new AttendanceRecorded(ID, ASSOCIATION, ERIK, Presence.REMOTE, false, List.of(ANNA, CECILIA)));
	}

	@Test
	void remoteParticipationCountsByDefault() {
		this.fixture.given(scheduled())
			.andGivenCommands(present(ANNA, CECILIA))
			.when(new RecordAttendance(ID, null, ERIK, Presence.REMOTE))
			.expectEvents(
					new AttendanceRecorded(ID, ASSOCIATION, ERIK, Presence.REMOTE, true, List.of(ANNA, CECILIA, ERIK)));
	}

	@Test
	void rejectsAttendanceOfSomeoneNotOnTheRoster() {
		this.fixture.given(scheduled())
			.when(new RecordAttendance(ID, null, OUTSIDER, Presence.PRESENT))
			.expectException(violated("meeting.person.not-on-roster"))
			.expectNoEvents();
	}

	// Conflicts of interest

	@Test
	void recordsAConflictOfInterestOnAnItem() {
		this.fixture.given(scheduled(), grantAdded(12))
			.when(new DeclareConflictOfInterest(ID, 1L, 12, CECILIA, " Arbetar i projektet "))
			.expectEvents(new ConflictOfInterestDeclared(ID, ASSOCIATION, 12, CECILIA, "Arbetar i projektet"))
			.expectResultMessagePayload(2L);
	}

	@Test
	void rejectsAConflictOnAnItemNotOnTheAgenda() {
		this.fixture.given(scheduled())
			.when(new DeclareConflictOfInterest(ID, null, 12, CECILIA, "Jäv"))
			.expectException(violated("meeting.item.not-on-agenda"))
			.expectNoEvents();
	}

	@Test
	void rejectsAConflictOnAClosedItem() {
		this.fixture.given(scheduled(), grantAdded(12))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.andGivenCommands(new DeferItem(ID, null, 12, "Underlaget saknas"))
			.when(new DeclareConflictOfInterest(ID, null, 12, CECILIA, "Jäv"))
			.expectException(conflict("meeting.item-closed"))
			.expectNoEvents();
	}

	@Test
	void rejectsAConflictDeclaredTwiceOrWithoutAReason() {
		this.fixture
			.given(scheduled(), grantAdded(12), new ConflictOfInterestDeclared(ID, ASSOCIATION, 12, CECILIA, "Jäv"))
			.when(new DeclareConflictOfInterest(ID, null, 12, CECILIA, ""))
			.expectException(violated("meeting.conflict.reason-blank", "meeting.conflict.already-declared"))
			.expectNoEvents();
	}

	@Test
	void rejectsAConflictOfSomeoneNotOnTheRoster() {
		this.fixture.given(scheduled(), grantAdded(12))
			.when(new DeclareConflictOfInterest(ID, null, 12, OUTSIDER, "Jäv"))
			.expectException(violated("meeting.person.not-on-roster"))
			.expectNoEvents();
	}

	// Checker

	@Test
	void appointsATakingPartMemberOrDeputyAsChecker() {
		this.fixture.given(scheduled())
			.andGivenCommands(attending(Presence.REMOTE, DAVID))
			.when(new AppointChecker(ID, 1L, DAVID))
			.expectEvents(new CheckerAppointed(ID, ASSOCIATION, DAVID))
			.expectResultMessagePayload(2L);
	}

	@Test
	void rejectsACheckerWhoIsNotTakingPart() {
		this.fixture.given(scheduled())
			.andGivenCommands(attending(Presence.ABSENT, CECILIA))
			.when(new AppointChecker(ID, null, CECILIA))
			.expectException(violated("meeting.checker.not-present"))
			.expectNoEvents();
	}

	@Test
	void rejectsTheChairAsChecker() {
		this.fixture.given(scheduled())
			.andGivenCommands(present(ANNA))
			.when(new AppointChecker(ID, null, ANNA))
			.expectException(violated("meeting.checker.is-chair"))
			.expectNoEvents();
	}

	@Test
	void rejectsACheckerNotOnTheRoster() {
		this.fixture.given(scheduled())
			.when(new AppointChecker(ID, null, OUTSIDER))
			.expectException(violated("meeting.person.not-on-roster"))
			.expectNoEvents();
	}

	// Decisions

	@Test
	void carriesAMotionWithMoreYesThanNoAndAnswersTheOutcome() {
		List<CastVote> votes = List.of(yes(ANNA), no(CECILIA), yes(ERIK), abstain(IDA));
		this.fixture.given(scheduled(), grantAdded(12))
			.andGivenCommands(present(ANNA, CECILIA, ERIK, IDA))
			.when(decide(12, votes, List.of(CECILIA)))
			.expectEvents(new ItemDecided(ID, ASSOCIATION, 12, decision(12), DecisionType.GRANT, APPLICATION,
					"Beslutet", new Tally(2, 1, 1), votes, List.of(CECILIA), DecidedBy.VOTE,
					List.of(ANNA, CECILIA, ERIK, IDA)))
			.expectResultMessagePayload(new ItemOutcome(6, ItemOutcome.Outcome.CARRIED, decision(12),
					DecisionType.GRANT, ASSOCIATION, APPLICATION));
	}

	@Test
	void carriesAMotionWithoutAVoteAndTakesDissentFromAnyoneVoting() {
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.when(decide(12, List.of(), List.of(ERIK)))
			.expectEvents(new ItemDecided(ID, ASSOCIATION, 12, decision(12), DecisionType.OTHER, null, "Beslutet",
					new Tally(0, 0, 0), List.of(), List.of(ERIK), DecidedBy.ACCLAMATION, List.of(ANNA, CECILIA, ERIK)));
	}

	@Test
	void defeatsAMotionWithMoreNoThanYesAndKeepsTheItemOpen() {
		List<CastVote> votes = List.of(no(ANNA), no(CECILIA), yes(ERIK));
		this.fixture.given(scheduled(), grantAdded(12))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.andGivenCommands(decide(12, votes, List.of()))
			.when(decide(12, List.of(), List.of()))
			.expectEvents(new ItemDecided(ID, ASSOCIATION, 12, decision(12), DecisionType.GRANT, APPLICATION,
					"Beslutet", new Tally(0, 0, 0), List.of(), List.of(), DecidedBy.ACCLAMATION,
					List.of(ANNA, CECILIA, ERIK)));
	}

	@Test
	void answersADefeatedMotion() {
		List<CastVote> votes = List.of(no(ANNA), no(CECILIA), yes(ERIK));
		this.fixture.given(scheduled(), grantAdded(12))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.when(decide(12, votes, List.of()))
			.expectEvents(new MotionDefeated(ID, ASSOCIATION, 12, "Beslutet", new Tally(1, 2, 0), votes, DecidedBy.VOTE,
					List.of(ANNA, CECILIA, ERIK)))
			.expectResultMessagePayload(new ItemOutcome(5, ItemOutcome.Outcome.DEFEATED, decision(12),
					DecisionType.GRANT, ASSOCIATION, APPLICATION));
	}

	@Test
	void nothingCarriesWhenEveryoneAbstains() {
		List<CastVote> votes = List.of(abstain(ANNA), abstain(CECILIA), abstain(ERIK));
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.when(decide(12, votes, List.of()))
			.expectEvents(new MotionDefeated(ID, ASSOCIATION, 12, "Beslutet", new Tally(0, 0, 3), votes, DecidedBy.VOTE,
					List.of(ANNA, CECILIA, ERIK)));
	}

	@Test
	void theChairsOwnVoteDecidesATie() {
		List<CastVote> votes = List.of(yes(ANNA), no(CECILIA), abstain(ERIK));
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.when(decide(12, votes, List.of()))
			.expectEvents(new ItemDecided(ID, ASSOCIATION, 12, decision(12), DecisionType.OTHER, null, "Beslutet",
					new Tally(1, 1, 1), votes, List.of(), DecidedBy.CASTING_VOTE, List.of(ANNA, CECILIA, ERIK)));
	}

	@Test
	void aTieNeedsTheCastingVoteWhenTheChairDidNotVoteYesOrNo() {
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.when(decide(12, List.of(abstain(ANNA), no(CECILIA), yes(ERIK)), List.of()))
			.expectException(violated("meeting.casting-vote.missing"))
			.expectNoEvents();
	}

	@Test
	void theCastingVoteDecidesATieWhenTheChairIsNotVoting() {
		List<CastVote> votes = List.of(no(CECILIA), yes(ERIK));
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.andGivenCommands(present(CECILIA, ERIK, IDA))
			.when(new DecideItem(ID, null, 12, "Beslutet", votes, List.of(), VoteChoice.NO, null))
			.expectEvents(new MotionDefeated(ID, ASSOCIATION, 12, "Beslutet", new Tally(1, 1, 0), votes,
					DecidedBy.CASTING_VOTE, List.of(CECILIA, ERIK, IDA)));
	}

	@Test
	void rejectsACastingVoteWhenTheChairHasVotedOrThereIsNoTie() {
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.when(new DecideItem(ID, null, 12, "Beslutet", List.of(yes(ANNA), yes(CECILIA)), List.of(), VoteChoice.YES,
					null))
			.expectException(violated("meeting.casting-vote.not-needed"))
			.expectNoEvents();
	}

	@Test
	void anElectionTieIsDecidedByLot() {
		List<CastVote> votes = List.of(yes(ANNA), no(CECILIA));
		this.fixture.given(scheduled(), added(12, DecisionType.ELECTION))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.when(new DecideItem(ID, null, 12, "Väljer Cecilia Dahl", votes, List.of(), null, VoteChoice.YES))
			.expectEvents(new ItemDecided(ID, ASSOCIATION, 12, decision(12), DecisionType.ELECTION, null,
					"Väljer Cecilia Dahl", new Tally(1, 1, 0), votes, List.of(), DecidedBy.LOT,
					List.of(ANNA, CECILIA, ERIK)));
	}

	@Test
	void anElectionTieWithoutALotIsRefusedAndTheChairDoesNotDecideIt() {
		this.fixture.given(scheduled(), added(12, DecisionType.ELECTION))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.when(new DecideItem(ID, null, 12, "Väljer", List.of(yes(ANNA), no(CECILIA)), List.of(), VoteChoice.YES,
					null))
			.expectException(violated("meeting.casting-vote.not-needed", "meeting.lot.missing"))
			.expectNoEvents();
	}

	@Test
	void rejectsALotOutsideAnElection() {
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.when(new DecideItem(ID, null, 12, "Beslutet", List.of(yes(ANNA), no(CECILIA)), List.of(), null,
					VoteChoice.YES))
			.expectException(violated("meeting.lot.not-needed"))
			.expectNoEvents();
	}

	@Test
	void aQualifiedMajorityReplacesTheSimpleOne() {
		List<CastVote> votes = List.of(yes(ANNA), yes(CECILIA), no(ERIK));
		this.fixture.given(scheduled(), added(12, DecisionType.PLAN_ADOPTION))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.when(decide(12, votes, List.of()))
			.expectEvents(new MotionDefeated(ID, ASSOCIATION, 12, "Beslutet", new Tally(2, 1, 0), votes, DecidedBy.VOTE,
					List.of(ANNA, CECILIA, ERIK)));
	}

	@Test
	void aQualifiedMajorityCarriesWhenReached() {
		List<CastVote> votes = List.of(yes(ANNA), yes(CECILIA), no(ERIK), abstain(IDA));
		this.fixture.given(scheduled(), added(12, DecisionType.RULES))
			.andGivenCommands(present(ANNA, CECILIA, ERIK, IDA))
			.when(decide(12, votes, List.of()))
			.expectEvents(new ItemDecided(ID, ASSOCIATION, 12, decision(12), DecisionType.RULES, null, "Beslutet",
					new Tally(2, 1, 1), votes, List.of(), DecidedBy.VOTE, List.of(ANNA, CECILIA, ERIK, IDA)));
	}

	@Test
	void rejectsDecisionWhenMeetingIsNotQuorate() {
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.andGivenCommands(present(ANNA, CECILIA, BO))
			.when(decide(12, List.of(), List.of()))
			.expectException(violated("meeting.not-quorate"))
			.expectExceptionMessage(Matchers.containsString("2 av 4"))
			.expectNoEvents();
	}

	@Test
	void theQuorumRuleOfTheMeetingsDayApplies() {
		meeting().ruledBy(QuorumRule.AT_LEAST_HALF, true)
			.aggregate()
			.givenNoPriorActivity()
			.andGivenCommands(schedule(), add("Ärende", DecisionType.OTHER, null, null))
			.andGivenCommands(present(ANNA, CECILIA))
			.when(decide(12, List.of(), List.of()))
			.expectSuccessfulHandlerExecution()
			.expectResultMessagePayloadMatching(outcome(ItemOutcome.Outcome.CARRIED));
	}

	@Test
	void aDisqualifiedMembersDeputyServesAndVotesOnTheItem() {
		List<CastVote> votes = List.of(yes(CECILIA), yes(ERIK), no(BO));
		this.fixture
			.given(scheduled(), grantAdded(12), new ConflictOfInterestDeclared(ID, ASSOCIATION, 12, ANNA, "Jäv"))
			.andGivenCommands(present(ANNA, BO, CECILIA, ERIK))
			.when(new DecideItem(ID, null, 12, "Beslutet", votes, List.of(), null, null))
			.expectEvents(new ItemDecided(ID, ASSOCIATION, 12, decision(12), DecisionType.GRANT, APPLICATION,
					"Beslutet", new Tally(2, 1, 0), votes, List.of(), DecidedBy.VOTE, List.of(CECILIA, ERIK, BO)));
	}

	@Test
	void theItemsQuorumIsJudgedWithoutTheDisqualified() {
		this.fixture
			.given(scheduled(), grantAdded(12), new ConflictOfInterestDeclared(ID, ASSOCIATION, 12, ERIK, "Jäv"))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.when(decide(12, List.of(), List.of()))
			.expectException(violated("meeting.not-quorate"))
			.expectNoEvents();
	}

	@Test
	void rejectsAVoteByADisqualifiedPerson() {
		this.fixture
			.given(scheduled(), grantAdded(12), new ConflictOfInterestDeclared(ID, ASSOCIATION, 12, ERIK, "Jäv"))
			.andGivenCommands(present(ANNA, CECILIA, ERIK, IDA))
			.when(decide(12, List.of(yes(ANNA), yes(ERIK)), List.of()))
			.expectException(violated("meeting.vote.disqualified"))
			.expectNoEvents();
	}

	@Test
	void rejectsAVoteBySomeoneNotServingAndASecondVoteByTheSamePerson() {
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.andGivenCommands(present(ANNA, BO, CECILIA, ERIK))
			.when(decide(12, List.of(yes(ANNA), yes(BO), no(CECILIA), yes(CECILIA)), List.of()))
			.expectException(violated("meeting.vote.not-voting", "meeting.vote.duplicate"))
			.expectNoEvents();
	}

	@Test
	void rejectsDissentBySomeoneWhoVotedYesOrIsNotVoting() {
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.andGivenCommands(present(ANNA, BO, CECILIA, ERIK))
			.when(decide(12, List.of(yes(ANNA), yes(CECILIA), no(ERIK)), List.of(ERIK, CECILIA, BO, ERIK)))
			.expectException(
					violated("meeting.dissent.voted-yes", "meeting.dissent.not-voting", "meeting.dissent.duplicate"))
			.expectNoEvents();
	}

	@Test
	void rejectsDissentAgainstAMotionThatFell() {
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.when(decide(12, List.of(no(ANNA), no(CECILIA), yes(ERIK)), List.of(CECILIA)))
			.expectException(violated("meeting.dissent.motion-defeated"))
			.expectNoEvents();
	}

	@Test
	void rejectsADecisionWithoutAResolution() {
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.when(new DecideItem(ID, null, 12, " ", List.of(), List.of(), null, null))
			.expectException(violated("meeting.resolution.blank"))
			.expectNoEvents();
	}

	@Test
	void rejectsADecisionOnAnItemNotOnTheAgenda() {
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.when(decide(11, List.of(), List.of()))
			.expectException(violated("meeting.item.not-on-agenda"))
			.expectNoEvents();
	}

	@Test
	void rejectsASecondDecisionOnADecidedItem() {
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.andGivenCommands(decide(12, List.of(), List.of()))
			.when(decide(12, List.of(), List.of()))
			.expectException(conflict("meeting.item-closed"))
			.expectNoEvents();
	}

	@Test
	void rejectsADecisionOnADeferredItem() {
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.andGivenCommands(new DeferItem(ID, null, 12, "Mer underlag behövs"))
			.when(decide(12, List.of(), List.of()))
			.expectException(conflict("meeting.item-closed"))
			.expectNoEvents();
	}

	// Deferral

	@Test
	void defersAnItemAndAnswersTheOutcome() {
		this.fixture.given(scheduled(), grantAdded(12))
			.andGivenCommands(present(ANNA, CECILIA, ERIK))
			.when(new DeferItem(ID, 4L, 12, " Mer underlag behövs "))
			.expectEvents(new ItemDeferred(ID, ASSOCIATION, 12, decision(12), DecisionType.GRANT, APPLICATION,
					"Mer underlag behövs", List.of(ANNA, CECILIA, ERIK)))
			.expectResultMessagePayload(new ItemOutcome(5, ItemOutcome.Outcome.DEFERRED, decision(12),
					DecisionType.GRANT, ASSOCIATION, APPLICATION));
	}

	@Test
	void rejectsADeferralWhenNotQuorateOrWithoutAReason() {
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.andGivenCommands(present(ANNA))
			.when(new DeferItem(ID, null, 12, ""))
			.expectException(violated("meeting.not-quorate", "meeting.deferral.reason-blank"))
			.expectNoEvents();
	}

	// Minutes

	@Test
	void theChairSignsTheMinutes() {
		this.fixture.given(decidedMeeting())
			.when(new SignMinutes(ID, 3L, ANNA, SignatureRole.CHAIR, DATE.plusDays(2)))
			.expectEvents(new MinutesSigned(ID, ASSOCIATION, ANNA, SignatureRole.CHAIR, DATE.plusDays(2)))
			.expectResultMessagePayload(4L);
	}

	@Test
	void theSecondSignatureAdjustsAndLocksTheMinutes() {
		this.fixture.given(decidedMeeting())
			.andGivenCommands(new SignMinutes(ID, null, CECILIA, SignatureRole.CHECKER, DATE.plusDays(5)))
			.when(new SignMinutes(ID, 4L, ANNA, SignatureRole.CHAIR, DATE.plusDays(2)))
			.expectEvents(new MinutesSigned(ID, ASSOCIATION, ANNA, SignatureRole.CHAIR, DATE.plusDays(2)),
					new MinutesAdjusted(ID, ASSOCIATION, DATE.plusDays(5)))
			.expectResultMessagePayload(6L);
	}

	@Test
	void rejectsSigningWhileAnItemIsOpen() {
		this.fixture
			.given(scheduled(), added(12, DecisionType.OTHER), added(13, DecisionType.OTHER),
					new CheckerAppointed(ID, ASSOCIATION, CECILIA))
			.when(new SignMinutes(ID, null, ANNA, SignatureRole.CHAIR, DATE))
			.expectException(violated("meeting.items-open"))
			.expectExceptionMessage(Matchers.containsString("§ 12, § 13"))
			.expectNoEvents();
	}

	@Test
	void rejectsSigningBeforeACheckerIsAppointed() {
		this.fixture.given(scheduled())
			.when(new SignMinutes(ID, null, ANNA, SignatureRole.CHAIR, DATE))
			.expectException(violated("meeting.checker.missing"))
			.expectNoEvents();
	}

	@Test
	void rejectsSigningBeforeTheMeeting() {
		this.fixture.given(decidedMeeting())
			.when(new SignMinutes(ID, null, ANNA, SignatureRole.CHAIR, DATE.minusDays(1)))
			.expectException(violated("meeting.signed-before-meeting"))
			.expectNoEvents();
	}

	@Test
	void rejectsASignatureAsChairBySomeoneElse() {
		this.fixture.given(decidedMeeting())
			.when(new SignMinutes(ID, null, CECILIA, SignatureRole.CHAIR, DATE))
			.expectException(violated("meeting.signer.not-chair"))
			.expectNoEvents();
	}

	@Test
	void rejectsASignatureAsCheckerBySomeoneElse() {
		this.fixture.given(decidedMeeting())
			.when(new SignMinutes(ID, null, ANNA, SignatureRole.CHECKER, DATE))
			.expectException(violated("meeting.signer.not-checker"))
			.expectNoEvents();
	}

	@Test
	void rejectsSigningTwiceInTheSameRole() {
		this.fixture.given(decidedMeeting())
			.andGivenCommands(new SignMinutes(ID, null, ANNA, SignatureRole.CHAIR, DATE))
			.when(new SignMinutes(ID, null, ANNA, SignatureRole.CHAIR, DATE))
			.expectException(conflict("meeting.already-signed"))
			.expectNoEvents();
	}

	@Test
	void nothingOnTheMinutesChangesOnceSigningHasBegun() {
		this.fixture.given(decidedMeeting())
			.andGivenCommands(new SignMinutes(ID, null, ANNA, SignatureRole.CHAIR, DATE))
			.when(new RecordAttendance(ID, null, ERIK, Presence.ABSENT))
			.expectException(conflict("meeting.minutes-signed"))
			.expectNoEvents();
	}

	@ParameterizedTest
	@MethodSource("commandsOnAnAdjustedMeeting")
	void everyCommandOnAnAdjustedMeetingIsRefusedAsLocked(Object command) {
		this.fixture.given(decidedMeeting())
			.andGivenCommands(new SignMinutes(ID, null, ANNA, SignatureRole.CHAIR, DATE),
					new SignMinutes(ID, null, CECILIA, SignatureRole.CHECKER, DATE))
			.when(command)
			.expectException(conflict("meeting.locked"))
			.expectNoEvents();
	}

	static Stream<Object> commandsOnAnAdjustedMeeting() {
		return Stream.of(add("Ärende", DecisionType.OTHER, ApplicationId.random(), null),
				new RecordAttendance(ID, null, ERIK, Presence.ABSENT),
				new DeclareConflictOfInterest(ID, null, 12, ERIK, "Jäv"), new AppointChecker(ID, null, ERIK),
				decide(12, List.of(), List.of()), new DeferItem(ID, null, 12, "Skäl"),
				new SignMinutes(ID, null, ANNA, SignatureRole.CHAIR, DATE));
	}

	@Test
	void aStaleExpectedVersionIsAConflict() {
		this.fixture.given(scheduled(), added(12, DecisionType.OTHER))
			.when(new RecordAttendance(ID, 0L, ANNA, Presence.PRESENT))
			.expectException(ConflictingAggregateVersionException.class)
			.expectNoEvents();
	}

	/** § 12 decided with Anna, Cecilia and Erik present, Cecilia appointed checker. */
	private static List<Object> decidedMeeting() {
		return List.of(scheduled(), added(12, DecisionType.OTHER),
				new ItemDecided(ID, ASSOCIATION, 12, decision(12), DecisionType.OTHER, null, "Beslutet",
						new Tally(0, 0, 0), List.of(), List.of(), DecidedBy.ACCLAMATION, List.of(ANNA, CECILIA, ERIK)),
				new CheckerAppointed(ID, ASSOCIATION, CECILIA));
	}

	private static DecideItem decide(int item, List<CastVote> votes, List<PersonName> dissenting) {
		return new DecideItem(ID, null, item, "Beslutet", votes, dissenting, null, null);
	}

	private static CastVote yes(PersonName person) {
		return new CastVote(person, VoteChoice.YES);
	}

	private static CastVote no(PersonName person) {
		return new CastVote(person, VoteChoice.NO);
	}

	private static CastVote abstain(PersonName person) {
		return new CastVote(person, VoteChoice.ABSTAIN);
	}

	/** A rule violation with exactly these codes, in this order. */
	static Matcher<RuleViolation> violated(String... codes) {
		return new FeatureMatcher<RuleViolation, List<String>>(Matchers.contains(codes), "broken rules",
				"broken rules") {
			@Override
			protected List<String> featureValueOf(RuleViolation actual) {
				return actual.broken().stream().map(RuleViolation.Broken::code).toList();
			}
		};
	}

	private static Matcher<StateConflict> conflict(String code) {
		return new FeatureMatcher<StateConflict, String>(Matchers.equalTo(code), "conflict code", "conflict code") {
			@Override
			protected String featureValueOf(StateConflict actual) {
				return actual.code();
			}
		};
	}

	static Matcher<ItemOutcome> outcome(ItemOutcome.Outcome expected) {
		return new FeatureMatcher<ItemOutcome, ItemOutcome.Outcome>(Matchers.equalTo(expected), "outcome", "outcome") {
			@Override
			protected ItemOutcome.Outcome featureValueOf(ItemOutcome actual) {
				return actual.outcome();
			}
		};
	}

}
