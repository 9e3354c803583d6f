package se.finsam.events.association;

import java.util.Objects;

import se.finsam.events.MemberKind;
import se.finsam.events.OrganisationNumber;

/** A member organisation (förbundsmedlem) of an association. */
public record MemberOrganisation(OrganisationNumber organisationNumber, String name, MemberKind kind) {

	public MemberOrganisation {
		Objects.requireNonNull(organisationNumber, "organisationNumber");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
	}

}
