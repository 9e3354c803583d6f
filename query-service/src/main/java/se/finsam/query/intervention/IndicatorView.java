package se.finsam.query.intervention;

import java.time.LocalDate;
import java.util.List;

/**
 * A year's indicator survey results as the read API shows them on one day: for the
 * association and for each intervention, women and men apart, each compared with the
 * association's target for the indicator. Shares are per cent, as strings with one
 * decimal.
 */
public record IndicatorView(String associationId, int year, LocalDate asOf, List<Indicator> association,
		List<InterventionIndicators> interventions) {

	/**
	 * One indicator's result.
	 *
	 * @param target the plan's target share; null when the plan sets none
	 * @param goals the plan's goals that name the indicator, as worded
	 * @param women null without a result for women, as is {@code men}
	 */
	public record Indicator(int indicator, String target, List<String> goals, GenderResult women, GenderResult men) {
	}

	/**
	 * @param met whether the share reaches the target; null without a target
	 */
	public record GenderResult(int respondents, String shareAgreeing, Boolean met) {
	}

	/**
	 * @param name null for an intervention the view does not have
	 */
	public record InterventionIndicators(String interventionId, String name, List<Indicator> indicators) {
	}

}
