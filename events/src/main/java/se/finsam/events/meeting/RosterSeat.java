package se.finsam.events.meeting;

import java.util.List;
import java.util.Objects;

import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;

/**
 * A member organisation's place at a meeting, as the board and the rules stood when the
 * meeting was scheduled: its ordinary member and the deputies who may serve for them, in
 * serving order (empty when it has none).
 */
public record RosterSeat(OrganisationNumber memberOrganisation, PersonName ordinaryMember, List<PersonName> deputies) {

	public RosterSeat {
		Objects.requireNonNull(memberOrganisation, "memberOrganisation");
		Objects.requireNonNull(ordinaryMember, "ordinaryMember");
		deputies = List.copyOf(deputies);
	}

}
