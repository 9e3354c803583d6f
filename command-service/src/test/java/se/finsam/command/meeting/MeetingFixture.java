package se.finsam.command.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;

import se.finsam.command.association.AssociationDirectory;
import se.finsam.command.association.AssociationFacts;
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
import se.finsam.events.meeting.AgendaItemAdded;
import se.finsam.events.meeting.MeetingScheduled;
import se.finsam.events.meeting.Presence;
import se.finsam.events.meeting.RosterSeat;

/**
 * Test data for meetings: a board of four seats (state agencies, region, municipality),
 * the region's deputies in an order the charter sets, and an earlier adjusted meeting
 * whose § 7 was decided. Four seats make the common quorum three and "at least half" two.
 */
final class MeetingFixture {

	static final AssociationId ASSOCIATION = new AssociationId(UUID.fromString("0d5c9a53-4a3e-4a52-9a0e-1b8f5c6d7e21"));

	static final AssociationId OTHER_ASSOCIATION = new AssociationId(
			UUID.fromString("9b2f7e41-0c6d-4d1a-8e3b-5a4c3d2e1f00"));

	static final MeetingId ID = new MeetingId(UUID.fromString("5a8d2c1e-6b3f-4e7a-9c0d-2f1e8b7a6c54"));

	static final MeetingId EARLIER = new MeetingId(UUID.fromString("7b0e9c52-1d4f-4a8e-b1c3-5e2f9a6d8c40"));

	static final MeetingId EARLIER_NOT_ADJUSTED = new MeetingId(
			UUID.fromString("1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6"));

	static final MeetingId ELSEWHERE = new MeetingId(UUID.fromString("2f3e4d5c-6b7a-4899-8a1b-d2e3f4a5b6c7"));

	static final MeetingId LATER = new MeetingId(UUID.fromString("3a4b5c6d-7e8f-4901-9b2c-e3f4a5b6c7d8"));

	static final LocalDate DATE = LocalDate.of(2025, 3, 19);

	static final LocalDate EARLIER_DATE = LocalDate.of(2024, 11, 27);

	static final LocalTime START = LocalTime.of(9, 30);

	static final MemberOrganisation FK = member("202100-5521", "Försäkringskassan", MemberKind.STATE_AGENCY);

	static final MemberOrganisation AF = member("202100-2114", "Arbetsförmedlingen", MemberKind.STATE_AGENCY);

	static final MemberOrganisation REGION = member("232100-0164", "Region Värmland", MemberKind.REGION);

	static final MemberOrganisation FORSHAGA = member("212000-1785", "Forshaga kommun", MemberKind.MUNICIPALITY);

	/** Ordinary member for FK, and the meeting's chair. */
	static final PersonName ANNA = PersonName.of("Anna Andersson");

	/** FK's deputy. */
	static final PersonName BO = PersonName.of("Bo Berg");

	/** Ordinary member for AF. */
	static final PersonName CECILIA = PersonName.of("Cecilia Dahl");

	/** AF's deputy. */
	static final PersonName DAVID = PersonName.of("David Ek");

	/** Ordinary member for the region. */
	static final PersonName ERIK = PersonName.of("Erik Fors");

	/** The region's seat deputy, second in the charter's serving order. */
	static final PersonName FRIDA = PersonName.of("Frida Falk");

	/** First in the region's serving order, though not the seat's deputy. */
	static final PersonName GUSTAV = PersonName.of("Gustav Gran");

	/** Ordinary member for Forshaga, which has no deputy. */
	static final PersonName IDA = PersonName.of("Ida Holm");

	static final PersonName OUTSIDER = PersonName.of("Olle Utomstående");

	static final ApplicationId APPLICATION = new ApplicationId(UUID.fromString("c2e4a6b8-1d3f-4a5c-8e7b-9f0a1b2c3d4e"));

	/**
	 * In force from 2025: the common quorum, remote counts, region's order, 2/3 and 3/4.
	 */
	static final CharterRules RULES = new CharterRules(QuorumRule.MORE_THAN_HALF, true,
			List.of(new DeputyOrder(REGION.organisationNumber(), List.of(GUSTAV, FRIDA))),
			List.of(new QualifiedMajority(DecisionType.RULES, 2, 3),
					new QualifiedMajority(DecisionType.PLAN_ADOPTION, 3, 4)),
			List.of(), List.of(), 2, false, 16, 64, 14);

	/** In force during 2024: at least half, remote does not count, no serving order. */
	static final CharterRules RULES_2024 = new CharterRules(QuorumRule.AT_LEAST_HALF, false, List.of(), List.of(),
			List.of(), List.of(), 2, false, 16, 64, 14);

	private final List<BoardSeat> board = new ArrayList<>(List.of(seat(FK, ANNA, BO), seat(AF, CECILIA, DAVID),
			seat(REGION, ERIK, FRIDA), seat(FORSHAGA, IDA, null)));

	private final TreeMap<LocalDate, CharterRules> charter = new TreeMap<>(
			Map.of(LocalDate.of(2024, 1, 1), RULES_2024, LocalDate.of(2025, 1, 1), RULES));

	private final Map<MeetingId, MeetingRecord> meetings = new HashMap<>(Map.of(EARLIER,
			new MeetingRecord(EARLIER, ASSOCIATION, EARLIER_DATE, true, Set.of(7, 8)), EARLIER_NOT_ADJUSTED,
			new MeetingRecord(EARLIER_NOT_ADJUSTED, ASSOCIATION, LocalDate.of(2025, 2, 12), false, Set.of(3)),
			ELSEWHERE, new MeetingRecord(ELSEWHERE, OTHER_ASSOCIATION, EARLIER_DATE, true, Set.of(7)), LATER,
			new MeetingRecord(LATER, ASSOCIATION, LocalDate.of(2025, 4, 23), true, Set.of(1))));

	static MeetingFixture meeting() {
		return new MeetingFixture();
	}

	static MemberOrganisation member(String number, String name, MemberKind kind) {
		return new MemberOrganisation(OrganisationNumber.of(number), name, kind);
	}

	static BoardSeat seat(MemberOrganisation member, PersonName ordinary, PersonName deputy) {
		return new BoardSeat(member.organisationNumber(), ordinary, deputy);
	}

	MeetingFixture withoutSeats() {
		this.board.clear();
		return this;
	}

	/** The same rules from 2025 on, but with another quorum or remote rule. */
	MeetingFixture ruledBy(QuorumRule quorum, boolean remoteCounts) {
		this.charter.put(LocalDate.of(2025, 1, 1), new CharterRules(quorum, remoteCounts, RULES.deputyOrders(),
				RULES.qualifiedMajorities(), List.of(), List.of(), 2, false, 16, 64, 14));
		return this;
	}

	AssociationFacts facts() {
		return new AssociationFacts(ASSOCIATION, List.of(FK, AF, REGION, FORSHAGA), this.board, this.charter);
	}

	/** The aggregate under test, reading this association and these earlier meetings. */
	AggregateTestFixture<Meeting> aggregate() {
		AggregateTestFixture<Meeting> fixture = new AggregateTestFixture<>(Meeting.class);
		AssociationFacts facts = facts();
		fixture.registerInjectableResource((AssociationDirectory) (id) -> {
			if (!id.equals(ASSOCIATION)) {
				throw new AggregateNotFoundException(id.toString(), "Inget sådant förbund");
			}
			return facts;
		});
		fixture.registerInjectableResource((MeetingRecords) (id) -> Optional.ofNullable(this.meetings.get(id)));
		return fixture;
	}

	static ScheduleMeeting schedule() {
		return schedule(DATE, ANNA, 12);
	}

	static ScheduleMeeting schedule(LocalDate date, PersonName chair, int firstItem) {
		return new ScheduleMeeting(ID, ASSOCIATION, date, START, "Kommunhuset, Torsby", chair, firstItem);
	}

	/** The roster under the 2025 rules: the region's deputies in the charter's order. */
	static List<RosterSeat> roster() {
		return List.of(new RosterSeat(FK.organisationNumber(), ANNA, List.of(BO)),
				new RosterSeat(AF.organisationNumber(), CECILIA, List.of(DAVID)),
				new RosterSeat(REGION.organisationNumber(), ERIK, List.of(GUSTAV, FRIDA)),
				new RosterSeat(FORSHAGA.organisationNumber(), IDA, List.of()));
	}

	static MeetingScheduled scheduled() {
		return scheduled(RULES);
	}

	static MeetingScheduled scheduled(CharterRules rules) {
		return new MeetingScheduled(ID, ASSOCIATION, DATE, START, "Kommunhuset, Torsby", ANNA, 12, roster(), rules);
	}

	static AgendaItemAdded added(int item, DecisionType type) {
		return new AgendaItemAdded(ID, ASSOCIATION, item, "Ärende " + item, type, null, null);
	}

	static AgendaItemAdded grantAdded(int item) {
		return new AgendaItemAdded(ID, ASSOCIATION, item, "Ansökan om fria medel", DecisionType.GRANT, APPLICATION,
				null);
	}

	static AddAgendaItem add(String title, DecisionType type, ApplicationId application, DecisionReference refersTo) {
		return new AddAgendaItem(ID, null, title, type, application, refersTo);
	}

	/** Commands recording each person as present in the room. */
	static Object[] present(PersonName... persons) {
		return attending(Presence.PRESENT, persons);
	}

	static Object[] attending(Presence presence, PersonName... persons) {
		return Arrays.stream(persons).map((person) -> new RecordAttendance(ID, null, person, presence)).toArray();
	}

	static DecisionReference decision(int item) {
		return new DecisionReference(ID, DATE, item);
	}

}
