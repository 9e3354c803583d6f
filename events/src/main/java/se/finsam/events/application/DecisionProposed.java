package se.finsam.events.application;

import org.axonframework.serialization.Revision;

import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;

/**
 * The executive drafted the proposal the board will decide on; a later proposal replaces
 * an earlier one.
 */
@Revision("1")
public record DecisionProposed(ApplicationId applicationId, AssociationId associationId,
		Proposal proposal) implements AssociationEvent {

}
