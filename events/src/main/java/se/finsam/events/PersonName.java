package se.finsam.events;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The name of a person (board member, contact). Personal data: the security work replaces
 * the plain value with a per-person encrypted one so that it can be erased (ADR 0005).
 */
public record PersonName(String value) {

	public PersonName {
		Objects.requireNonNull(value, "value");
		value = value.strip();
		if (value.isEmpty()) {
			throw new IllegalArgumentException("Namnet får inte vara tomt");
		}
	}

	@JsonCreator
	public static PersonName of(String value) {
		return new PersonName(value);
	}

	@JsonValue
	@Override
	public String toString() {
		return this.value;
	}

}
