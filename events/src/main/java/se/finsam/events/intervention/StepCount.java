package se.finsam.events.intervention;

import java.util.Objects;

/**
 * How many participants of one legal gender made a step towards work (stegförflyttning)
 * in the period.
 */
public record StepCount(LegalGender gender, int count) {

	public StepCount {
		Objects.requireNonNull(gender, "gender");
	}

}
