package se.finsam.events.application;

import org.axonframework.serialization.Revision;

import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;

/** The application, with its proposal, is an item (§) on a board meeting's agenda. */
@Revision("1")
public record ApplicationPlacedOnAgenda(ApplicationId applicationId, AssociationId associationId,
		DecisionReference item) implements AssociationEvent {

}
