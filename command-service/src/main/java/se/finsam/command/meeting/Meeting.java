package se.finsam.command.meeting;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import se.finsam.command.association.AssociationDirectory;
import se.finsam.command.association.AssociationFacts;
import se.finsam.command.shared.RuleViolation;
import se.finsam.command.shared.StateConflict;
import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.DecisionType;
import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;
import se.finsam.events.association.BoardSeat;
import se.finsam.events.association.CharterRules;
import se.finsam.events.association.DeputyOrder;
import se.finsam.events.association.QualifiedMajority;
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

/**
 * A meeting (sammanträde) of an association's board: its roster and rules, fixed when it
 * is scheduled; its agenda of numbered items; who takes part; the decisions, with votes,
 * dissent and conflicts of interest; and the signing of the minutes. Once the chair and
 * the checker have both signed, the minutes are adjusted and nothing changes any more.
 */
@Aggregate
class Meeting {

	@AggregateIdentifier
	private MeetingId meetingId;

	private AssociationId associationId;

	private LocalDate date;

	private PersonName chair;

	private CharterRules rules;

	private VotingRoster roster;

	private int nextItem;

	private final Map<Integer, AgendaItem> agenda = new TreeMap<>();

	private final Map<PersonName, Presence> attendance = new HashMap<>();

	private PersonName checker;

	private final Map<SignatureRole, LocalDate> signatures = new EnumMap<>(SignatureRole.class);

	private boolean adjusted;

	Meeting() {
		// For Axon, which rebuilds the meeting from its events.
	}

	@CommandHandler
	Meeting(ScheduleMeeting command, AssociationDirectory associations) {
		AssociationFacts facts = associations.find(command.associationId());
		// The rules of the meeting's own day, not of the day it is scheduled on.
		CharterRules rules = facts.rulesOn(command.date());
		List<RosterSeat> roster = facts.board().stream().map((seat) -> rosterSeat(seat, rules)).toList();
		new RuleViolation.Collector().check(!roster.isEmpty(), "meeting.board.empty", "associationId",
				"Förbundets styrelse har inga ledamöter. Tillsätt styrelseplatserna innan ett sammanträde planeras.")
			.check(roster.stream().anyMatch((seat) -> seat.ordinaryMember().equals(command.chair())),
					"meeting.chair.not-member", "chair",
					command.chair() + " är inte ordinarie ledamot i styrelsen och kan inte vara ordförande.")
			.check(command.firstItemNumber() >= 1, "meeting.first-item.too-low", "firstItemNumber",
					"Första paragrafen ska ha nummer 1 eller högre.")
			.throwIfAny();
		AggregateLifecycle.apply(
				new MeetingScheduled(command.meetingId(), command.associationId(), command.date(), command.startTime(),
						command.place().strip(), command.chair(), command.firstItemNumber(), roster, rules));
	}

	@CommandHandler
	ItemNumbered handle(AddAgendaItem command, MeetingRecords meetings) {
		requireChangeable();
		RuleViolation.Collector broken = new RuleViolation.Collector()
			.check(!isBlank(command.title()), "meeting.item.title-blank", "title", "Ange en rubrik för paragrafen.")
			.check(command.type() != null, "meeting.item.type-missing", "type",
					"Ange vilken sorts ärende paragrafen gäller.")
			.check(command.type() != DecisionType.GRANT || command.application() != null,
					"meeting.item.application-missing", "application",
					"Ett beslut om fria medel gäller en ansökan. Ange vilken.");
		this.agenda.values()
			.stream()
			.filter((item) -> item.isOpen() && item.application() != null
					&& item.application().equals(command.application()))
			.findFirst()
			.ifPresent((item) -> broken.check(false, "meeting.item.application-on-agenda", "application",
					"Ansökan finns redan på dagordningen i § " + item.number()
							+ ", som inte är avgjord. Avgör eller bordlägg den först."));
		if (command.refersTo() != null) {
			checkReference(command.refersTo(), meetings, broken);
		}
		broken.throwIfAny();
		int number = this.nextItem;
		AggregateLifecycle.apply(new AgendaItemAdded(this.meetingId, this.associationId, number,
				command.title().strip(), command.type(), command.application(), command.refersTo()));
		return new ItemNumbered(AggregateLifecycle.getVersion(),
				new DecisionReference(this.meetingId, this.date, number));
	}

	@CommandHandler
	long handle(RecordAttendance command) {
		requireChangeable();
		requireOnRoster(command.person());
		Map<PersonName, Presence> after = new HashMap<>(this.attendance);
		after.put(command.person(), command.presence());
		VotingRoster.Voting voting = this.roster.voting(after, Set.of());
		AggregateLifecycle.apply(new AttendanceRecorded(this.meetingId, this.associationId, command.person(),
				command.presence(), voting.quorate(), voting.persons()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(DeclareConflictOfInterest command) {
		requireChangeable();
		AgendaItem item = openItem(command.item());
		requireOnRoster(command.person());
		new RuleViolation.Collector()
			.check(!isBlank(command.reason()), "meeting.conflict.reason-blank", "reason",
					"Ange varför personen är jävig.")
			.check(!item.disqualified().contains(command.person()), "meeting.conflict.already-declared", "person",
					command.person() + " har redan anmält jäv i § " + item.number() + ".")
			.throwIfAny();
		AggregateLifecycle.apply(new ConflictOfInterestDeclared(this.meetingId, this.associationId, item.number(),
				command.person(), command.reason().strip()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(AppointChecker command) {
		requireChangeable();
		requireOnRoster(command.person());
		Presence presence = this.attendance.get(command.person());
		new RuleViolation.Collector()
			.check(presence == Presence.PRESENT || presence == Presence.REMOTE, "meeting.checker.not-present", "person",
					command.person()
							+ " deltar inte i sammanträdet. Justeraren ska ha varit med och kunna intyga protokollet.")
			.check(!command.person().equals(this.chair), "meeting.checker.is-chair", "person",
					"Ordföranden justerar redan protokollet; välj en annan ledamot eller ersättare som justerare.")
			.throwIfAny();
		AggregateLifecycle.apply(new CheckerAppointed(this.meetingId, this.associationId, command.person()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	ItemOutcome handle(DecideItem command) {
		requireChangeable();
		AgendaItem item = openItem(command.item());
		VotingRoster.Voting voting = votingOn(item);
		RuleViolation.Collector broken = new RuleViolation.Collector();
		checkQuorum(item, voting, broken);
		broken.check(!isBlank(command.resolution()), "meeting.resolution.blank", "resolution",
				"Skriv beslutet som det ska stå i protokollet.");
		checkVotes(item, voting, command.votes(), broken);
		broken.throwIfAny();

		Count count = count(item, command, broken);
		checkDissent(item, voting, command, count.carried(), broken);
		broken.throwIfAny();

		Tally tally = tally(command.votes());
		if (count.carried()) {
			AggregateLifecycle.apply(new ItemDecided(this.meetingId, this.associationId, item.number(), reference(item),
					item.type(), item.application(), command.resolution().strip(), tally, command.votes(),
					command.dissenting(), count.decidedBy(), voting.persons()));
		}
		else {
			AggregateLifecycle.apply(new MotionDefeated(this.meetingId, this.associationId, item.number(),
					command.resolution().strip(), tally, command.votes(), count.decidedBy(), voting.persons()));
		}
		return new ItemOutcome(AggregateLifecycle.getVersion(),
				count.carried() ? ItemOutcome.Outcome.CARRIED : ItemOutcome.Outcome.DEFEATED, reference(item),
				item.type(), this.associationId, item.application());
	}

	@CommandHandler
	ItemOutcome handle(DeferItem command) {
		requireChangeable();
		AgendaItem item = openItem(command.item());
		VotingRoster.Voting voting = votingOn(item);
		RuleViolation.Collector broken = new RuleViolation.Collector();
		checkQuorum(item, voting, broken);
		broken.check(!isBlank(command.reason()), "meeting.deferral.reason-blank", "reason",
				"Ange varför ärendet bordläggs.");
		broken.throwIfAny();
		AggregateLifecycle.apply(new ItemDeferred(this.meetingId, this.associationId, item.number(), reference(item),
				item.type(), item.application(), command.reason().strip(), voting.persons()));
		return new ItemOutcome(AggregateLifecycle.getVersion(), ItemOutcome.Outcome.DEFERRED, reference(item),
				item.type(), this.associationId, item.application());
	}

	@CommandHandler
	long handle(SignMinutes command) {
		requireNotAdjusted();
		if (this.signatures.containsKey(command.role())) {
			throw new StateConflict("meeting.already-signed", "Protokollet är redan undertecknat av "
					+ ((command.role() == SignatureRole.CHAIR) ? "ordföranden." : "justeraren."));
		}
		String open = this.agenda.values()
			.stream()
			.filter(AgendaItem::isOpen)
			.map((item) -> "§ " + item.number())
			.collect(Collectors.joining(", "));
		RuleViolation.Collector broken = new RuleViolation.Collector()
			.check(this.checker != null, "meeting.checker.missing", "role",
					"Utse en justerare innan protokollet undertecknas.")
			.check(open.isEmpty(), "meeting.items-open", "agenda",
					"Alla paragrafer ska vara avgjorda eller bordlagda innan protokollet justeras; " + open
							+ " återstår.")
			.check(!command.signedOn().isBefore(this.date), "meeting.signed-before-meeting", "signedOn",
					"Protokollet kan inte undertecknas före sammanträdet den " + this.date + ".");
		if (command.role() == SignatureRole.CHAIR) {
			broken.check(command.signer().equals(this.chair), "meeting.signer.not-chair", "signer",
					"Sammanträdets ordförande är " + this.chair + "; bara hen undertecknar som ordförande.");
		}
		else {
			broken.check(this.checker == null || command.signer().equals(this.checker), "meeting.signer.not-checker",
					"signer", "Justerare är " + this.checker + "; bara hen undertecknar som justerare.");
		}
		broken.throwIfAny();
		AggregateLifecycle.apply(new MinutesSigned(this.meetingId, this.associationId, command.signer(), command.role(),
				command.signedOn()));
		if (this.signatures.size() == SignatureRole.values().length) {
			AggregateLifecycle.apply(
					new MinutesAdjusted(this.meetingId, this.associationId, Collections.max(this.signatures.values())));
		}
		return AggregateLifecycle.getVersion();
	}

	MeetingRecord record() {
		Set<Integer> decided = this.agenda.values()
			.stream()
			.filter((item) -> item.status() == Status.DECIDED)
			.map(AgendaItem::number)
			.collect(Collectors.toSet());
		return new MeetingRecord(this.meetingId, this.associationId, this.date, this.adjusted, decided);
	}

	/**
	 * A member organisation's ordinary member and, in serving order, the deputies the
	 * charter names for it, else the seat's own deputy.
	 */
	private static RosterSeat rosterSeat(BoardSeat seat, CharterRules rules) {
		List<PersonName> deputies = rules.deputyOrderFor(seat.memberOrganisation())
			.map(DeputyOrder::deputies)
			.orElseGet(() -> (seat.deputy() != null) ? List.of(seat.deputy()) : List.of());
		return new RosterSeat(seat.memberOrganisation(), seat.ordinaryMember(),
				deputies.stream().filter((deputy) -> !deputy.equals(seat.ordinaryMember())).distinct().toList());
	}

	private void checkReference(DecisionReference reference, MeetingRecords meetings, RuleViolation.Collector broken) {
		if (reference.meetingId().equals(this.meetingId)) {
			broken.check(false, "meeting.refers-to.not-earlier", "refersTo.meetingId",
					"Ett beslut vid samma sammanträde ändras genom ett nytt beslut vid ett senare sammanträde.");
			return;
		}
		Optional<MeetingRecord> found = meetings.find(reference.meetingId());
		if (found.isEmpty()) {
			broken.check(false, "meeting.refers-to.unknown", "refersTo.meetingId",
					"Sammanträdet som ändringen hänvisar till finns inte.");
			return;
		}
		MeetingRecord earlier = found.get();
		broken
			.check(earlier.associationId().equals(this.associationId), "meeting.refers-to.other-association",
					"refersTo.meetingId", "Sammanträdet som ändringen hänvisar till hör till ett annat förbund.")
			.check(earlier.date().isBefore(this.date), "meeting.refers-to.not-earlier", "refersTo.meetingId",
					"Bara beslut från sammanträden före " + this.date + " kan ändras vid detta sammanträde.")
			.check(reference.meetingDate().equals(earlier.date()), "meeting.refers-to.date-mismatch",
					"refersTo.meetingDate",
					"Sammanträdet hölls " + earlier.date() + ", inte " + reference.meetingDate()
							+ ". Kontrollera hänvisningen.")
			.check(earlier.adjusted(), "meeting.refers-to.not-adjusted", "refersTo.meetingId",
					"Protokollet från " + earlier.date()
							+ " är inte justerat. Ett beslut ändras först när protokollet är justerat.")
			.check(earlier.decidedItems().contains(reference.item()), "meeting.refers-to.not-decided", "refersTo.item",
					"Vid sammanträdet " + earlier.date() + " fattades inget beslut i § " + reference.item() + ".");
	}

	private void checkQuorum(AgendaItem item, VotingRoster.Voting voting, RuleViolation.Collector broken) {
		broken.check(voting.quorate(), "meeting.not-quorate", "item",
				"Styrelsen är inte beslutför i § " + item.number() + ": " + voting.persons().size() + " av "
						+ this.roster.seats() + " ledamöter eller tjänstgörande ersättare deltar, och minst "
						+ this.roster.quorumSize() + " behövs.");
	}

	private static void checkVotes(AgendaItem item, VotingRoster.Voting voting, List<CastVote> votes,
			RuleViolation.Collector broken) {
		Set<PersonName> voted = new HashSet<>();
		for (int i = 0; i < votes.size(); i++) {
			PersonName person = votes.get(i).person();
			String field = "votes[" + i + "].person";
			if (item.disqualified().contains(person)) {
				broken.check(false, "meeting.vote.disqualified", field,
						person + " har anmält jäv i § " + item.number() + " och får inte rösta.");
			}
			else {
				broken.check(voting.includes(person), "meeting.vote.not-voting", field,
						person + " är inte röstberättigad i § " + item.number()
								+ ". Bara närvarande ledamöter och tjänstgörande ersättare röstar.");
			}
			broken.check(voted.add(person), "meeting.vote.duplicate", field,
					person + " har redan en röst i listan; var och en röstar en gång.");
		}
	}

	/**
	 * Majority of the votes cast, or the charter's qualified majority for the item's
	 * type. A tie under simple majority goes to the chair's own vote, else the casting
	 * vote; in an election, to lot. With no votes cast at all (only abstentions) nothing
	 * carries.
	 */
	private Count count(AgendaItem item, DecideItem command, RuleViolation.Collector broken) {
		if (command.votes().isEmpty()) {
			checkUnused(command, broken);
			return new Count(true, DecidedBy.ACCLAMATION);
		}
		Tally tally = tally(command.votes());
		Optional<QualifiedMajority> qualified = this.rules.qualifiedMajorityFor(item.type());
		if (qualified.isPresent()) {
			checkUnused(command, broken);
			return new Count(qualified.get().isReachedBy(tally.yes(), tally.cast()), DecidedBy.VOTE);
		}
		if (tally.yes() != tally.no() || tally.cast() == 0) {
			checkUnused(command, broken);
			return new Count(tally.yes() > tally.no(), DecidedBy.VOTE);
		}
		if (item.type() == DecisionType.ELECTION) {
			broken.check(command.castingVote() == null, "meeting.casting-vote.not-needed", "castingVote",
					"Vid lika röstetal i ett val avgör lotten, inte ordföranden.");
			checkTieBreak(command.lot(), "meeting.lot.missing", "lot",
					"Rösterna är lika i ett val. Ange utfallet av lottningen (ja eller nej).", broken);
			return new Count(command.lot() == VoteChoice.YES, DecidedBy.LOT);
		}
		broken.check(command.lot() == null, "meeting.lot.not-needed", "lot",
				"Lott avgör bara val; här avgör ordförandens röst.");
		Optional<VoteChoice> chairs = command.votes()
			.stream()
			.filter((vote) -> vote.person().equals(this.chair) && vote.choice() != VoteChoice.ABSTAIN)
			.map(CastVote::choice)
			.findFirst();
		if (chairs.isPresent()) {
			broken.check(command.castingVote() == null, "meeting.casting-vote.not-needed", "castingVote",
					"Ordföranden har röstat, och hens röst avgör vid lika röstetal. Ange ingen utslagsröst.");
			return new Count(chairs.get() == VoteChoice.YES, DecidedBy.CASTING_VOTE);
		}
		checkTieBreak(command.castingVote(), "meeting.casting-vote.missing", "castingVote",
				"Rösterna är lika och ordföranden har inte röstat ja eller nej. Ange ordförandens utslagsröst.",
				broken);
		return new Count(command.castingVote() == VoteChoice.YES, DecidedBy.CASTING_VOTE);
	}

	private static void checkUnused(DecideItem command, RuleViolation.Collector broken) {
		broken
			.check(command.castingVote() == null, "meeting.casting-vote.not-needed", "castingVote",
					"Utslagsröst behövs bara vid lika röstetal med enkel majoritet.")
			.check(command.lot() == null, "meeting.lot.not-needed", "lot", "Lott behövs bara vid lika röstetal i val.");
	}

	private static void checkTieBreak(VoteChoice choice, String code, String field, String message,
			RuleViolation.Collector broken) {
		broken.check(choice == VoteChoice.YES || choice == VoteChoice.NO, code, field, message);
	}

	private static void checkDissent(AgendaItem item, VotingRoster.Voting voting, DecideItem command, boolean carried,
			RuleViolation.Collector broken) {
		broken.check(carried || command.dissenting().isEmpty(), "meeting.dissent.motion-defeated", "dissenting",
				"Förslaget fick inte majoritet. Reservation antecknas mot ett fattat beslut.");
		Set<PersonName> yes = command.votes()
			.stream()
			.filter((vote) -> vote.choice() == VoteChoice.YES)
			.map(CastVote::person)
			.collect(Collectors.toSet());
		Set<PersonName> seen = new HashSet<>();
		for (int i = 0; i < command.dissenting().size(); i++) {
			PersonName person = command.dissenting().get(i);
			String field = "dissenting[" + i + "]";
			broken
				.check(voting.includes(person), "meeting.dissent.not-voting", field,
						person + " röstar inte i § " + item.number()
								+ " och kan inte reservera sig. Bara den som deltar i beslutet kan reservera sig.")
				.check(!yes.contains(person), "meeting.dissent.voted-yes", field,
						person + " röstade ja och kan inte reservera sig mot beslutet.")
				.check(seen.add(person), "meeting.dissent.duplicate", field,
						person + " står redan med bland reservationerna.");
		}
	}

	private static Tally tally(List<CastVote> votes) {
		Map<VoteChoice, Long> counts = votes.stream()
			.collect(Collectors.groupingBy(CastVote::choice, () -> new EnumMap<>(VoteChoice.class),
					Collectors.counting()));
		return new Tally(counts.getOrDefault(VoteChoice.YES, 0L).intValue(),
				counts.getOrDefault(VoteChoice.NO, 0L).intValue(),
				counts.getOrDefault(VoteChoice.ABSTAIN, 0L).intValue());
	}

	private VotingRoster.Voting votingOn(AgendaItem item) {
		return this.roster.voting(this.attendance, item.disqualified());
	}

	private DecisionReference reference(AgendaItem item) {
		return new DecisionReference(this.meetingId, this.date, item.number());
	}

	private void requireNotAdjusted() {
		if (this.adjusted) {
			throw new StateConflict("meeting.locked", "Protokollet är justerat och sammanträdet är låst. "
					+ "En rättelse görs genom ett nytt beslut vid ett senare sammanträde.");
		}
	}

	/** Once someone has signed, the minutes they signed must stay as they were. */
	private void requireChangeable() {
		requireNotAdjusted();
		if (!this.signatures.isEmpty()) {
			throw new StateConflict("meeting.minutes-signed",
					"Protokollet har börjat undertecknas och kan inte längre ändras.");
		}
	}

	private AgendaItem openItem(int number) {
		AgendaItem item = this.agenda.get(number);
		if (item == null) {
			throw RuleViolation.of("meeting.item.not-on-agenda", "item",
					"§ " + number + " finns inte på sammanträdets dagordning.");
		}
		if (!item.isOpen()) {
			throw new StateConflict("meeting.item-closed", "§ " + number + " är redan "
					+ ((item.status() == Status.DECIDED) ? "beslutad." : "bordlagd.") + " Inget mer kan ändras i den.");
		}
		return item;
	}

	private void requireOnRoster(PersonName person) {
		if (!this.roster.isOnRoster(person)) {
			throw RuleViolation.of("meeting.person.not-on-roster", "person",
					person + " är varken ledamot eller ersättare i styrelsen för detta sammanträde.");
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	@EventSourcingHandler
	void on(MeetingScheduled event) {
		this.meetingId = event.meetingId();
		this.associationId = event.associationId();
		this.date = event.date();
		this.chair = event.chair();
		this.rules = event.rules();
		this.roster = new VotingRoster(event.roster(), event.rules());
		this.nextItem = event.firstItemNumber();
	}

	@EventSourcingHandler
	void on(AgendaItemAdded event) {
		this.agenda.put(event.item(), new AgendaItem(event.item(), event.type(), event.application()));
		this.nextItem = event.item() + 1;
	}

	@EventSourcingHandler
	void on(AttendanceRecorded event) {
		this.attendance.put(event.person(), event.presence());
	}

	@EventSourcingHandler
	void on(ConflictOfInterestDeclared event) {
		this.agenda.computeIfPresent(event.item(), (number, item) -> item.disqualifying(event.person()));
	}

	@EventSourcingHandler
	void on(CheckerAppointed event) {
		this.checker = event.checker();
	}

	@EventSourcingHandler
	void on(ItemDecided event) {
		this.agenda.computeIfPresent(event.item(), (number, item) -> item.closed(Status.DECIDED));
	}

	@EventSourcingHandler
	void on(ItemDeferred event) {
		this.agenda.computeIfPresent(event.item(), (number, item) -> item.closed(Status.DEFERRED));
	}

	@EventSourcingHandler
	void on(MinutesSigned event) {
		this.signatures.put(event.role(), event.signedOn());
	}

	@EventSourcingHandler
	void on(MinutesAdjusted event) {
		this.adjusted = true;
	}

	private enum Status {

		OPEN, DECIDED, DEFERRED

	}

	/** An item (§) as far as the rules need it. */
	private record AgendaItem(int number, DecisionType type, ApplicationId application, Set<PersonName> disqualified,
			Status status) {

		AgendaItem {
			disqualified = Set.copyOf(disqualified);
		}

		AgendaItem(int number, DecisionType type, ApplicationId application) {
			this(number, type, application, Set.of(), Status.OPEN);
		}

		AgendaItem disqualifying(PersonName person) {
			Set<PersonName> more = new HashSet<>(this.disqualified);
			more.add(person);
			return new AgendaItem(this.number, this.type, this.application, more, this.status);
		}

		AgendaItem closed(Status closing) {
			return new AgendaItem(this.number, this.type, this.application, this.disqualified, closing);
		}

		boolean isOpen() {
			return this.status == Status.OPEN;
		}

	}

	/** Whether a motion carried, and what settled it. */
	private record Count(boolean carried, DecidedBy decidedBy) {
	}

}
