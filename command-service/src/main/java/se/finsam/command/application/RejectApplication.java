package se.finsam.command.application;

import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.finsam.events.ApplicationId;
import se.finsam.events.DecisionReference;

/**
 * Records the board's rejection at {@code decision}, with its reason. Sent by the
 * meeting's workflow with the decision itself.
 */
public record RejectApplication(@TargetAggregateIdentifier ApplicationId applicationId, DecisionReference decision,
		String reason) {

	public RejectApplication {
		Objects.requireNonNull(applicationId, "applicationId");
		Objects.requireNonNull(decision, "decision");
	}

}
