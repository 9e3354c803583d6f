package se.finsam.events.association;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;

/** A member organisation's board seat was filled or its holders replaced. */
@Revision("2")
public record BoardSeatAssigned(AssociationId associationId, BoardSeat seat) implements AssociationEvent {

}
