package se.finsam.events.application;

import org.axonframework.serialization.Revision;

import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;

/** The board rejected the application at the decision referred to. */
@Revision("1")
public record ApplicationRejected(ApplicationId applicationId, AssociationId associationId, DecisionReference decision,
		String reason) implements AssociationEvent {

}
