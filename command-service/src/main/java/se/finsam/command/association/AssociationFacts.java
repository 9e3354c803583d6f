package se.finsam.command.association;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.finsam.events.AssociationId;
import se.finsam.events.MemberKind;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.association.BoardSeat;
import se.finsam.events.association.CharterRules;
import se.finsam.events.association.MemberOrganisation;

/**
 * What other aggregates need to know about an association when they check a command: its
 * members, its board and the rules in force on a given day. A copy, read at the time the
 * command is handled.
 */
public record AssociationFacts(AssociationId associationId, List<MemberOrganisation> members, List<BoardSeat> board,
		NavigableMap<LocalDate, CharterRules> charter) {

	public AssociationFacts {
		members = List.copyOf(members);
		board = List.copyOf(board);
		charter = new TreeMap<>(charter);
	}

	/**
	 * The rules that apply on {@code day}: the latest set on or before it, else the law's
	 * defaults.
	 */
	public CharterRules rulesOn(LocalDate day) {
		Map.Entry<LocalDate, CharterRules> entry = this.charter.floorEntry(day);
		return (entry != null) ? entry.getValue() : CharterRules.lawDefaults();
	}

	public Optional<MemberOrganisation> member(OrganisationNumber organisationNumber) {
		return this.members.stream().filter((m) -> m.organisationNumber().equals(organisationNumber)).findFirst();
	}

	public boolean isMember(OrganisationNumber organisationNumber) {
		return member(organisationNumber).isPresent();
	}

	/**
	 * How many parties the given member organisations make: each state agency is a party
	 * of its own, all regions together one, all municipalities together one (law
	 * 2003:1210). Organisations that are not members do not count.
	 */
	public int parties(Collection<OrganisationNumber> organisations) {
		Map<OrganisationNumber, MemberOrganisation> byNumber = this.members.stream()
			.collect(Collectors.toMap(MemberOrganisation::organisationNumber, Function.identity()));
		Set<OrganisationNumber> agencies = new HashSet<>();
		Set<MemberKind> jointParties = EnumSet.noneOf(MemberKind.class);
		for (OrganisationNumber number : organisations) {
			MemberOrganisation member = byNumber.get(number);
			if (member == null) {
				continue;
			}
			if (member.kind() == MemberKind.STATE_AGENCY) {
				agencies.add(number);
			}
			else {
				jointParties.add(member.kind());
			}
		}
		return agencies.size() + jointParties.size();
	}

}
