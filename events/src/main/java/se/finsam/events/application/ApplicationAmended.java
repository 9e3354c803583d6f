package se.finsam.events.application;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;

/** The applicant replaced the application's content before a decision. */
@Revision("2")
public record ApplicationAmended(ApplicationId applicationId, AssociationId associationId, LocalDate amendedOn,
		ApplicationContent content) implements AssociationEvent {

}
