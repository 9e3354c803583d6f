package se.finsam.events.application;

import org.axonframework.serialization.Revision;

import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;

/**
 * The board deferred the application (bordläggning) at the decision referred to: it
 * waits, with its proposal, for the agenda of a later meeting.
 */
@Revision("1")
public record ApplicationDeferred(ApplicationId applicationId, AssociationId associationId,
		DecisionReference decision) implements AssociationEvent {

}
