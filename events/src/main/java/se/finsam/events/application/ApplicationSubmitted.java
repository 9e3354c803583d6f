package se.finsam.events.application;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.OrganisationNumber;

/**
 * A member organisation applied for free funds, within an application window, with
 * content that follows the association's rules of that day.
 */
@Revision("2")
public record ApplicationSubmitted(ApplicationId applicationId, AssociationId associationId,
		OrganisationNumber applicant, LocalDate submittedOn, ApplicationContent content) implements AssociationEvent {

}
