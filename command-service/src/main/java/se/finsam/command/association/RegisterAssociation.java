package se.finsam.command.association;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.finsam.events.AssociationId;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.association.BoardSeat;
import se.finsam.events.association.MemberOrganisation;

record RegisterAssociation(@TargetAggregateIdentifier AssociationId associationId, String name,
		OrganisationNumber organisationNumber, List<MemberOrganisation> members, List<BoardSeat> board) {

	RegisterAssociation {
		members = List.copyOf(members);
		board = List.copyOf(board);
	}

}
