package se.finsam.events.association;

import java.util.List;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.OrganisationNumber;

/** An association was registered with its member organisations and its board. */
@Revision("2")
public record AssociationRegistered(AssociationId associationId, String name, OrganisationNumber organisationNumber,
		List<MemberOrganisation> members, List<BoardSeat> board) implements AssociationEvent {

	public AssociationRegistered {
		members = List.copyOf(members);
		board = List.copyOf(board);
	}

}
