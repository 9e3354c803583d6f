package se.finsam.events.association;

import java.time.LocalDate;
import java.util.Objects;

import se.finsam.events.Money;

/**
 * A period in which member organisations may apply for free funds, both days included,
 * with the amount announced for it ({@code null} when none was announced).
 */
public record ApplicationWindow(LocalDate opens, LocalDate closes, Money announced) {

	public ApplicationWindow {
		Objects.requireNonNull(opens, "opens");
		Objects.requireNonNull(closes, "closes");
	}

	public boolean isOpenOn(LocalDate day) {
		return !day.isBefore(this.opens) && !day.isAfter(this.closes);
	}

}
