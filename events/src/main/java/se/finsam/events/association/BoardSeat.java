package se.finsam.events.association;

import java.util.Objects;

import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;

/**
 * A member organisation's seat on the board: its ordinary member (ledamot) and deputy
 * (ersättare). The deputy may be vacant ({@code null}).
 */
public record BoardSeat(OrganisationNumber memberOrganisation, PersonName ordinaryMember, PersonName deputy) {

	public BoardSeat {
		Objects.requireNonNull(memberOrganisation, "memberOrganisation");
		Objects.requireNonNull(ordinaryMember, "ordinaryMember");
	}

}
