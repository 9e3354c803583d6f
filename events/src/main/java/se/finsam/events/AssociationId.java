package se.finsam.events;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an association (samordningsförbund): the tenant every command, event, row
 * and query is scoped by.
 */
public record AssociationId(UUID value) {

	public AssociationId {
		Objects.requireNonNull(value, "value");
	}

	public static AssociationId random() {
		return new AssociationId(UUID.randomUUID());
	}

	@JsonCreator
	public static AssociationId of(String value) {
		return new AssociationId(UUID.fromString(value));
	}

	/** Also the aggregate identifier Axon stores, so it is the bare UUID. */
	@JsonValue
	@Override
	public String toString() {
		return this.value.toString();
	}

}
