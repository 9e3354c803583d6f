package se.finsam.events.indicator;

import java.math.BigDecimal;

/**
 * One of the national network's 15 quality indicators: for women and for men, how many
 * answered and the share (per cent) who agreed.
 */
public record IndicatorResult(int indicator, GenderResult women, GenderResult men) {

	/**
	 * Respondents and the share of them agreeing, in per cent with at most one decimal.
	 */
	public record GenderResult(int respondents, BigDecimal shareAgreeing) {
	}

}
