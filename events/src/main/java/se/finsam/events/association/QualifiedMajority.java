package se.finsam.events.association;

import java.util.Objects;

import se.finsam.events.DecisionType;

/**
 * The charter asks for more than a simple majority for a kind of decision: at least
 * {@code numerator}/{@code denominator} of the votes cast (e.g. 2/3).
 */
public record QualifiedMajority(DecisionType decisionType, int numerator, int denominator) {

	public QualifiedMajority {
		Objects.requireNonNull(decisionType, "decisionType");
	}

	/** Whether {@code yes} of {@code cast} votes reach the required share. */
	public boolean isReachedBy(int yes, int cast) {
		return cast > 0 && (long) yes * this.denominator >= (long) this.numerator * cast;
	}

}
