package se.finsam.events;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The name of a person (board member, deputy, contact person, steering group member).
 * Personal data: in the event store and on Kafka each person's name is encrypted with a
 * key of their own, and erasing the person deletes the key (ADR 0013). In memory it is
 * plain text; {@code subject} says whose key it was read with ({@code null} for a name
 * typed into a command). A name whose key is gone reads as {@link #erased}.
 *
 * <p>
 * Two names are equal when their text is equal: within an association one text is one
 * person. Erased names are equal only to the same subject's erased name.
 */
public record PersonName(String value, UUID subject) {

	/** How an erased person's name reads everywhere (Swedish UI text). */
	public static final String ERASED = "[raderad]";

	public PersonName {
		Objects.requireNonNull(value, "value");
		value = value.strip();
		if (value.isEmpty()) {
			throw new IllegalArgumentException("Namnet får inte vara tomt");
		}
	}

	public PersonName(String value) {
		this(value, null);
	}

	@JsonCreator
	public static PersonName of(String value) {
		return new PersonName(value);
	}

	/** The name of a person whose personal data was erased. */
	public static PersonName erased(UUID subject) {
		return new PersonName(ERASED, Objects.requireNonNull(subject, "subject"));
	}

	public boolean isErased() {
		return this.value.equals(ERASED) && this.subject != null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PersonName name && this.value.equals(name.value)
				&& (!(isErased() || name.isErased()) || Objects.equals(this.subject, name.subject));
	}

	@Override
	public int hashCode() {
		return this.value.hashCode();
	}

	@JsonValue
	@Override
	public String toString() {
		return this.value;
	}

}
