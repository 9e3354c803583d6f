package se.finsam.events.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.DecisionType;
import se.finsam.events.MeetingId;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;
import se.finsam.events.association.CharterRules;
import se.finsam.events.association.QualifiedMajority;
import se.finsam.events.association.QuorumRule;

/** One sample of every meeting event, for the snapshot test. */
public final class MeetingSamples {

	public static final AssociationId ASSOCIATION = new AssociationId(
			UUID.fromString("3f1c2a4e-8d8b-4c1e-9a51-0b6f0f3c2d11"));

	public static final MeetingId ID = new MeetingId(UUID.fromString("5a8d2c1e-6b3f-4e7a-9c0d-2f1e8b7a6c54"));

	private static final LocalDate DATE = LocalDate.of(2025, 3, 19);

	private static final ApplicationId APPLICATION = new ApplicationId(
			UUID.fromString("c2e4a6b8-1d3f-4a5c-8e7b-9f0a1b2c3d4e"));

	private static final PersonName ANNA = PersonName.of("Anna Andersson");

	private static final PersonName BO = PersonName.of("Bo Berg");

	private static final PersonName CECILIA = PersonName.of("Cecilia Dahl");

	private static final PersonName DAVID = PersonName.of("David Ek");

	private static final PersonName ERIK = PersonName.of("Erik Fors");

	private static final List<PersonName> VOTING = List.of(ANNA, CECILIA, BO);

	private MeetingSamples() {
	}

	public static Map<String, Object> all() {
		return Map.of("MeetingScheduled", scheduled(), "AgendaItemAdded",
				new AgendaItemAdded(ID, ASSOCIATION, 12, "Ansökan om fria medel: Steg till arbete", DecisionType.GRANT,
						APPLICATION,
						new DecisionReference(new MeetingId(UUID.fromString("7b0e9c52-1d4f-4a8e-b1c3-5e2f9a6d8c40")),
								LocalDate.of(2024, 11, 27), 7)),
				"AttendanceRecorded", new AttendanceRecorded(ID, ASSOCIATION, ERIK, Presence.ABSENT, true, VOTING),
				"ConflictOfInterestDeclared",
				new ConflictOfInterestDeclared(ID, ASSOCIATION, 12, DAVID, "Arbetar i projektet som söker medel"),
				"CheckerAppointed", new CheckerAppointed(ID, ASSOCIATION, CECILIA), "ItemDecided",
				new ItemDecided(ID, ASSOCIATION, 12, new DecisionReference(ID, DATE, 12), DecisionType.GRANT,
						APPLICATION, "Beviljar 450 000 kr för 2025", new Tally(2, 1, 0),
						List.of(new CastVote(ANNA, VoteChoice.YES), new CastVote(CECILIA, VoteChoice.NO),
								new CastVote(BO, VoteChoice.YES)),
						List.of(CECILIA), DecidedBy.VOTE, VOTING),
				"MotionDefeated",
				new MotionDefeated(ID, ASSOCIATION, 12, "Beviljar 549 000 kr för 2025", new Tally(1, 1, 1),
						List.of(new CastVote(ANNA, VoteChoice.NO), new CastVote(CECILIA, VoteChoice.YES),
								new CastVote(BO, VoteChoice.ABSTAIN)),
						DecidedBy.CASTING_VOTE, VOTING),
				"ItemDeferred",
				new ItemDeferred(ID, ASSOCIATION, 13, new DecisionReference(ID, DATE, 13), DecisionType.OTHER, null,
						"Underlaget kompletteras till nästa sammanträde", VOTING),
				"MinutesSigned",
				new MinutesSigned(ID, ASSOCIATION, ANNA, SignatureRole.CHAIR, LocalDate.of(2025, 3, 24)),
				"MinutesAdjusted", new MinutesAdjusted(ID, ASSOCIATION, LocalDate.of(2025, 3, 26)));
	}

	private static MeetingScheduled scheduled() {
		CharterRules rules = new CharterRules(QuorumRule.MORE_THAN_HALF, true, List.of(),
				List.of(new QualifiedMajority(DecisionType.RULES, 2, 3)), List.of(), List.of(), 2, false, 16, 64, 14);
		return new MeetingScheduled(ID, ASSOCIATION, DATE, LocalTime.of(9, 30), "Kommunhuset, Torsby", ANNA, 12,
				List.of(new RosterSeat(OrganisationNumber.of("202100-5521"), ANNA, List.of(BO)),
						new RosterSeat(OrganisationNumber.of("232100-0164"), CECILIA, List.of(DAVID, ERIK)),
						new RosterSeat(OrganisationNumber.of("212000-1785"), PersonName.of("Fia Gran"), List.of())),
				rules);
	}

}
