package se.finsam.events.association;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;

/** A member organisation joined the association. */
@Revision("1")
public record MemberOrganisationAdded(AssociationId associationId,
		MemberOrganisation member) implements AssociationEvent {

}
