package se.finsam.command.shared;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import se.finsam.events.AnnualAmount;
import se.finsam.events.Money;

/**
 * An amount for a year as a request gives it: kronor as a JSON number or string, at most
 * two decimals.
 */
public record AnnualAmountInput(@NotNull(message = "Ange året.") Integer year,
		@NotNull(message = "Ange beloppet i kronor.") @Digits(integer = 13, fraction = 2,
				message = "Ange beloppet i kronor med högst två decimaler.") BigDecimal amount) {

	public AnnualAmount toAmount() {
		return new AnnualAmount(this.year, Money.ofKronor(this.amount));
	}

}
