package se.finsam.command.association;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import se.finsam.command.shared.RuleViolation;
import se.finsam.command.shared.StateConflict;
import se.finsam.events.AssociationId;
import se.finsam.events.MemberKind;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.association.AssociationRegistered;
import se.finsam.events.association.BoardSeat;
import se.finsam.events.association.BoardSeatAssigned;
import se.finsam.events.association.CharterRules;
import se.finsam.events.association.CharterRulesSet;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.events.association.MemberOrganisationAdded;
import se.finsam.events.association.PersonalDataErased;
import se.finsam.platform.personaldata.SubjectErasure;

/**
 * A samordningsförbund: its member organisations and its board. The law asks for the
 * state (Försäkringskassan, Arbetsförmedlingen), at least one region and at least one
 * municipality; each member organisation has at most one seat, held by an ordinary member
 * and a deputy. The association also keeps its rules (charter), each version with the day
 * it applies from.
 */
@Aggregate
class Association {

	@AggregateIdentifier
	private AssociationId associationId;

	private final Map<OrganisationNumber, MemberOrganisation> members = new LinkedHashMap<>();

	private final Map<OrganisationNumber, BoardSeat> board = new LinkedHashMap<>();

	private final NavigableMap<LocalDate, CharterRules> charter = new TreeMap<>();

	private final Set<UUID> erasedSubjects = new HashSet<>();

	Association() {
		// For Axon, which rebuilds the association from its events.
	}

	@CommandHandler
	Association(RegisterAssociation command) {
		RuleViolation.Collector rules = new RuleViolation.Collector();
		Set<MemberKind> kinds = EnumSet.noneOf(MemberKind.class);
		Set<OrganisationNumber> seen = new HashSet<>();
		for (int i = 0; i < command.members().size(); i++) {
			MemberOrganisation member = command.members().get(i);
			kinds.add(member.kind());
			rules.check(seen.add(member.organisationNumber()), "association.member.duplicate",
					"members[" + i + "].organisationNumber",
					"Organisationsnumret " + member.organisationNumber() + " finns redan bland medlemmarna.");
			rules.check(!member.organisationNumber().equals(command.organisationNumber()),
					"association.member.is-association", "members[" + i + "].organisationNumber",
					"En medlem kan inte ha samma organisationsnummer som förbundet självt.");
		}
		rules.check(kinds.contains(MemberKind.STATE_AGENCY), "association.members.state-required", "members",
				"Lägg till staten som medlem (Försäkringskassan och Arbetsförmedlingen).");
		rules.check(kinds.contains(MemberKind.REGION), "association.members.region-required", "members",
				"Lägg till minst en region som medlem.");
		rules.check(kinds.contains(MemberKind.MUNICIPALITY), "association.members.municipality-required", "members",
				"Lägg till minst en kommun som medlem.");
		checkSeats(rules, command.board(), seen);
		rules.throwIfAny();
		AggregateLifecycle.apply(new AssociationRegistered(command.associationId(), command.name().strip(),
				command.organisationNumber(), command.members(), command.board()));
	}

	@CommandHandler
	long handle(AddMemberOrganisation command) {
		new RuleViolation.Collector()
			.check(!this.members.containsKey(command.member().organisationNumber()), "association.member.duplicate",
					"organisationNumber",
					"Organisationsnumret " + command.member().organisationNumber() + " är redan medlem i förbundet.")
			.throwIfAny();
		AggregateLifecycle.apply(new MemberOrganisationAdded(this.associationId, command.member()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(AssignBoardSeat command) {
		RuleViolation.Collector rules = new RuleViolation.Collector();
		checkSeat(rules, command.seat(), this.members.keySet(), "");
		rules.throwIfAny();
		AggregateLifecycle.apply(new BoardSeatAssigned(this.associationId, command.seat()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(SetCharterRules command) {
		RuleViolation.Collector rules = new RuleViolation.Collector();
		if (!this.charter.isEmpty()) {
			rules.check(command.validFrom().isAfter(this.charter.lastKey()), "association.charter.not-after-latest",
					"validFrom", "Nya regler måste gälla från en dag efter " + this.charter.lastKey()
							+ ", då de senaste reglerna började gälla.");
		}
		CharterCheck.check(command.rules(), this.members.keySet(), this.board, rules);
		rules.throwIfAny();
		AggregateLifecycle
			.apply(new CharterRulesSet(this.associationId, command.validFrom(), command.rules(), command.decision()));
		return AggregateLifecycle.getVersion();
	}

	/**
	 * Deletes the subject's key before the event is stored: if storing fails, the key is
	 * gone and the command can be sent again, which then records the erasure.
	 */
	@CommandHandler
	long handle(ErasePersonalData command, SubjectErasure keys) {
		if (this.erasedSubjects.contains(command.subject())) {
			throw new StateConflict("association.subject.erased", "Personens uppgifter är redan raderade.");
		}
		new RuleViolation.Collector()
			.check(keys.erase(this.associationId, command.subject()), "association.subject.unknown", "subject",
					"Personen finns inte bland förbundets personuppgifter.")
			.throwIfAny();
		AggregateLifecycle
			.apply(new PersonalDataErased(this.associationId, command.subject(), command.reason().strip()));
		return AggregateLifecycle.getVersion();
	}

	AssociationFacts facts() {
		return new AssociationFacts(this.associationId, List.copyOf(this.members.values()),
				List.copyOf(this.board.values()), this.charter);
	}

	private static void checkSeats(RuleViolation.Collector rules, List<BoardSeat> seats,
			Set<OrganisationNumber> members) {
		Set<OrganisationNumber> seated = new HashSet<>();
		for (int i = 0; i < seats.size(); i++) {
			BoardSeat seat = seats.get(i);
			String field = "board[" + i + "].";
			checkSeat(rules, seat, members, field);
			rules.check(seated.add(seat.memberOrganisation()), "association.seat.duplicate",
					field + "memberOrganisation", "Varje medlemsorganisation har en plats i styrelsen; "
							+ seat.memberOrganisation() + " förekommer flera gånger.");
		}
	}

	private static void checkSeat(RuleViolation.Collector rules, BoardSeat seat, Set<OrganisationNumber> members,
			String field) {
		rules.check(members.contains(seat.memberOrganisation()), "association.seat.not-member",
				field + "memberOrganisation",
				"Styrelseplatsen gäller " + seat.memberOrganisation() + ", som inte är medlem i förbundet.");
		rules.check(!seat.ordinaryMember().equals(seat.deputy()), "association.seat.same-person", field + "deputy",
				"Ledamot och ersättare ska vara olika personer.");
	}

	@EventSourcingHandler
	void on(AssociationRegistered event) {
		this.associationId = event.associationId();
		event.members().forEach((member) -> this.members.put(member.organisationNumber(), member));
		event.board().forEach((seat) -> this.board.put(seat.memberOrganisation(), seat));
	}

	@EventSourcingHandler
	void on(CharterRulesSet event) {
		this.charter.put(event.validFrom(), event.rules());
	}

	@EventSourcingHandler
	void on(MemberOrganisationAdded event) {
		this.members.put(event.member().organisationNumber(), event.member());
	}

	@EventSourcingHandler
	void on(PersonalDataErased event) {
		this.erasedSubjects.add(event.subject());
	}

	@EventSourcingHandler
	void on(BoardSeatAssigned event) {
		this.board.put(event.seat().memberOrganisation(), event.seat());
	}

}
