package se.finsam.command.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.ApplicationId;

/** The applicant withdraws the application before the board has decided on it. */
record WithdrawApplication(@TargetAggregateIdentifier ApplicationId applicationId,
		@TargetAggregateVersion Long expectedVersion, String reason) {

}
