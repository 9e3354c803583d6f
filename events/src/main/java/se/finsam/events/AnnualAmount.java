package se.finsam.events;

import java.util.Objects;

/** An amount for one calendar year (e.g. requested or granted for 2026). */
public record AnnualAmount(int year, Money amount) {

	public AnnualAmount {
		Objects.requireNonNull(amount, "amount");
	}

}
