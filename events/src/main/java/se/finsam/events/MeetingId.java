package se.finsam.events;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a board meeting (sammanträde): the aggregate id of the meeting. */
public record MeetingId(UUID value) {

	public MeetingId {
		Objects.requireNonNull(value, "value");
	}

	public static MeetingId random() {
		return new MeetingId(UUID.randomUUID());
	}

	@JsonCreator
	public static MeetingId of(String value) {
		return new MeetingId(UUID.fromString(value));
	}

	@JsonValue
	@Override
	public String toString() {
		return this.value.toString();
	}

}
