package se.finsam.command.application;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.ApplicationId;
import se.finsam.events.application.ApplicationContent;

/**
 * Replaces the application's content, provided nobody changed it since
 * {@code expectedVersion}.
 */
record AmendApplication(@TargetAggregateIdentifier ApplicationId applicationId,
		@TargetAggregateVersion Long expectedVersion, LocalDate amendedOn, ApplicationContent content) {

}
