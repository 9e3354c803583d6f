package se.finsam.command.application;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationId;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.application.ApplicationContent;

/**
 * A member organisation applies to an association for free funds on {@code submittedOn}.
 */
record SubmitApplication(@TargetAggregateIdentifier ApplicationId applicationId, AssociationId associationId,
		OrganisationNumber applicant, LocalDate submittedOn, ApplicationContent content) {

}
