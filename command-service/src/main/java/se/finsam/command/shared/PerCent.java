package se.finsam.command.shared;

import java.math.BigDecimal;

/**
 * A share as the product writes it, in goals and survey results alike: per cent, 0–100,
 * with at most one decimal (the precision reports are computed and published in).
 */
public final class PerCent {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private PerCent() {
	}

	public static boolean isValid(BigDecimal value) {
		return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0 && value.stripTrailingZeros().scale() <= 1;
	}

}
