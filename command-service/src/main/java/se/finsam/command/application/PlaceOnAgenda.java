package se.finsam.command.application;

import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.finsam.events.ApplicationId;
import se.finsam.events.DecisionReference;

/**
 * Puts the application on a meeting's agenda as {@code item}. Sent by the meeting's
 * workflow in the same transaction as its own agenda, so it names no expected version:
 * the meeting, not a user's screen, decides when.
 */
public record PlaceOnAgenda(@TargetAggregateIdentifier ApplicationId applicationId, DecisionReference item) {

	public PlaceOnAgenda {
		Objects.requireNonNull(applicationId, "applicationId");
		Objects.requireNonNull(item, "item");
	}

}
