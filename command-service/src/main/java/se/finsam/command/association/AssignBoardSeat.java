package se.finsam.command.association;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.AssociationId;
import se.finsam.events.association.BoardSeat;

/**
 * Fills or replaces a member organisation's board seat, if the association is still at
 * {@code expectedVersion}.
 */
record AssignBoardSeat(@TargetAggregateIdentifier AssociationId associationId,
		@TargetAggregateVersion long expectedVersion, BoardSeat seat) {

}
