package se.finsam.events;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a free-funds application (ansökan om fria medel): the aggregate id of the
 * application.
 */
public record ApplicationId(UUID value) {

	public ApplicationId {
		Objects.requireNonNull(value, "value");
	}

	public static ApplicationId random() {
		return new ApplicationId(UUID.randomUUID());
	}

	@JsonCreator
	public static ApplicationId of(String value) {
		return new ApplicationId(UUID.fromString(value));
	}

	@JsonValue
	@Override
	public String toString() {
		return this.value.toString();
	}

}
