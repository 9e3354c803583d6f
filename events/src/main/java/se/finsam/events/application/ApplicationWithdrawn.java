package se.finsam.events.application;

import org.axonframework.serialization.Revision;

import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;

/**
 * The applicant withdrew the application before a decision; nothing more happens to it.
 */
@Revision("1")
public record ApplicationWithdrawn(ApplicationId applicationId, AssociationId associationId,
		String reason) implements AssociationEvent {

}
