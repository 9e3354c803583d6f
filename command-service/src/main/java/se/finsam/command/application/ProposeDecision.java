package se.finsam.command.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.ApplicationId;
import se.finsam.events.application.Proposal;

/** The executive's proposal for the board's decision on a registered application. */
record ProposeDecision(@TargetAggregateIdentifier ApplicationId applicationId,
		@TargetAggregateVersion Long expectedVersion, Proposal proposal) {

}
