package se.finsam.events.application;

import java.util.Objects;

import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;

/** A seat in the steering group (styrgrupp): the member organisation and its person. */
public record SteeringGroupMember(OrganisationNumber memberOrganisation, PersonName person) {

	public SteeringGroupMember {
		Objects.requireNonNull(memberOrganisation, "memberOrganisation");
		Objects.requireNonNull(person, "person");
	}

}
