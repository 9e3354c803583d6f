package se.finsam.events.intervention;

import java.util.Objects;

/** How many of those who ended in the period, of one legal gender, went where. */
public record OutcomeCount(LegalGender gender, ExitOutcome outcome, int count) {

	public OutcomeCount {
		Objects.requireNonNull(gender, "gender");
		Objects.requireNonNull(outcome, "outcome");
	}

}
