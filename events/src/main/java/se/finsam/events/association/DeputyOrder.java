package se.finsam.events.association;

import java.util.List;
import java.util.Objects;

import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;

/**
 * The order in which a member organisation's deputies serve for its absent ordinary
 * member, as the board has set it. Without one, the seat's own deputy serves.
 */
public record DeputyOrder(OrganisationNumber memberOrganisation, List<PersonName> deputies) {

	public DeputyOrder {
		Objects.requireNonNull(memberOrganisation, "memberOrganisation");
		deputies = List.copyOf(deputies);
	}

}
