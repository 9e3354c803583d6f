package se.finsam.events;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a funded intervention (insats), created by a grant decision or a board
 * decision.
 */
public record InterventionId(UUID value) {

	public InterventionId {
		Objects.requireNonNull(value, "value");
	}

	public static InterventionId random() {
		return new InterventionId(UUID.randomUUID());
	}

	@JsonCreator
	public static InterventionId of(String value) {
		return new InterventionId(UUID.fromString(value));
	}

	@JsonValue
	@Override
	public String toString() {
		return this.value.toString();
	}

}
