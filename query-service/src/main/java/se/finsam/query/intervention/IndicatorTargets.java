package se.finsam.query.intervention;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.finsam.events.plan.PlanGoals.GoalTarget;

/**
 * The association's indicator targets, read from its plan's measurable targets: those
 * whose indicator names an NNS indicator by number ("NNS indikator 2") and whose target
 * is a share ("80 %", "minst 80 %"). Other targets ("samtliga parter", "fler än 2021")
 * are followed up in words and are not compared.
 */
final class IndicatorTargets {

	/** The national network's indicators are numbered 1 to 15. */
	static final int INDICATORS = 15;

	private static final Pattern INDICATOR = Pattern.compile("\\bindikator\\s+(\\d{1,2})\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern SHARE = Pattern.compile("^\\s*(?:minst\\s+)?(\\d{1,3}(?:[.,]\\d+)?)\\s*%\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private IndicatorTargets() {
	}

	/**
	 * A target share and the plan's goals behind it. When goals name one indicator with
	 * different shares, the highest is the target: every goal is then met only when it
	 * is.
	 */
	record Target(BigDecimal share, List<String> goals) {
	}

	static Map<Integer, Target> of(List<GoalTarget> targets) {
		Map<Integer, Target> byIndicator = new TreeMap<>();
		for (GoalTarget target : targets) {
			if (target.indicator() == null || target.target() == null) {
				continue;
			}
			Matcher indicator = INDICATOR.matcher(target.indicator());
			Matcher share = SHARE.matcher(target.target());
			if (!indicator.find() || !share.matches()) {
				continue;
			}
			int number = Integer.parseInt(indicator.group(1));
			if (number < 1 || number > INDICATORS) {
				continue;
			}
			BigDecimal value = new BigDecimal(share.group(1).replace(',', '.'));
			byIndicator.merge(number, new Target(value, (target.text() != null) ? List.of(target.text()) : List.of()),
					(known, added) -> {
						List<String> goals = new ArrayList<>(known.goals());
						goals.addAll(added.goals());
						return new Target(known.share().max(added.share()), List.copyOf(goals));
					});
		}
		return byIndicator;
	}

}
