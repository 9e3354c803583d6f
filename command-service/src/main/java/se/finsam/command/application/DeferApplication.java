package se.finsam.command.application;

import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.finsam.events.ApplicationId;
import se.finsam.events.DecisionReference;

/**
 * Records the board's deferral (bordläggning) at {@code decision}. Sent by the meeting's
 * workflow with the decision itself.
 */
public record DeferApplication(@TargetAggregateIdentifier ApplicationId applicationId, DecisionReference decision) {

	public DeferApplication {
		Objects.requireNonNull(applicationId, "applicationId");
		Objects.requireNonNull(decision, "decision");
	}

}
