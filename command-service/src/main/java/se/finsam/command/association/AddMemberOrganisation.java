package se.finsam.command.association;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.AssociationId;
import se.finsam.events.association.MemberOrganisation;

/**
 * Adds a member organisation, provided nobody changed the association since
 * {@code expectedVersion}.
 */
record AddMemberOrganisation(@TargetAggregateIdentifier AssociationId associationId,
		@TargetAggregateVersion long expectedVersion, MemberOrganisation member) {

}
