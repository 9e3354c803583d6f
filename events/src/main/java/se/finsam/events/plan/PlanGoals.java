package se.finsam.events.plan;

import java.util.List;

/**
 * The goals a plan sets: the goal areas applications name, measurable targets that
 * follow-up is compared with, and the economic goals the budget is checked against.
 */
public record PlanGoals(List<String> areas, List<GoalTarget> targets, EconomicGoals economic) {

	public PlanGoals {
		areas = List.copyOf(areas);
		targets = List.copyOf(targets);
	}

	/**
	 * A measurable target as the plan words it, with the indicator it is measured by and
	 * the target value as text (e.g. {@code 45 %}); each {@code null} when the plan names
	 * none.
	 */
	public record GoalTarget(String text, String indicator, String target) {
	}

}
