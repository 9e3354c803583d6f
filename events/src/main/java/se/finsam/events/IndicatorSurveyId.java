package se.finsam.events;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an association's indicator survey results for one year. Derived from the
 * association and the year, like {@link PlanId}, so that the first results of a year and
 * every later one land on the same record without anyone having to look it up.
 */
public record IndicatorSurveyId(UUID value) {

	public IndicatorSurveyId {
		Objects.requireNonNull(value, "value");
	}

	public static IndicatorSurveyId of(AssociationId associationId, int year) {
		return new IndicatorSurveyId(UUID
			.nameUUIDFromBytes(("indicator-survey:" + associationId + ":" + year).getBytes(StandardCharsets.UTF_8)));
	}

	@JsonCreator
	public static IndicatorSurveyId of(String value) {
		return new IndicatorSurveyId(UUID.fromString(value));
	}

	@JsonValue
	@Override
	public String toString() {
		return this.value.toString();
	}

}
