package se.finsam.events.application;

import org.axonframework.serialization.Revision;

import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;

/**
 * The executive registered the application in the association's diary (diarium) and so
 * opened its preparation.
 */
@Revision("1")
public record ApplicationRegistered(ApplicationId applicationId, AssociationId associationId,
		String diaryNumber) implements AssociationEvent {

}
