package se.finsam.command.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.ApplicationId;

/** The executive registers the application in the diary under {@code diaryNumber}. */
record RegisterApplication(@TargetAggregateIdentifier ApplicationId applicationId,
		@TargetAggregateVersion Long expectedVersion, String diaryNumber) {

}
