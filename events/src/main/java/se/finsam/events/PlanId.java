package se.finsam.events;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an association's activity plan and budget for one year. Derived from the
 * association and the year, so there is exactly one plan per association and year and
 * anyone who knows both can address it.
 */
public record PlanId(UUID value) {

	public PlanId {
		Objects.requireNonNull(value, "value");
	}

	public static PlanId of(AssociationId associationId, int year) {
		return new PlanId(
				UUID.nameUUIDFromBytes(("plan:" + associationId + ":" + year).getBytes(StandardCharsets.UTF_8)));
	}

	@JsonCreator
	public static PlanId of(String value) {
		return new PlanId(UUID.fromString(value));
	}

	@JsonValue
	@Override
	public String toString() {
		return this.value.toString();
	}

}
