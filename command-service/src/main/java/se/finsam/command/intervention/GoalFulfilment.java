package se.finsam.command.intervention;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import se.finsam.events.intervention.ExitOutcome;
import se.finsam.events.intervention.GoalResult;
import se.finsam.events.intervention.InterventionGoal;
import se.finsam.events.intervention.OutcomeCount;
import se.finsam.events.intervention.ParticipantCount;
import se.finsam.events.intervention.StepCount;

/**
 * How far a report's figures reach the intervention's measured goals. Computed, never
 * typed in, so that a report cannot claim a fulfilment its own counts do not give.
 */
final class GoalFulfilment {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final Set<ExitOutcome> WORK_OR_STUDIES = EnumSet.of(ExitOutcome.WORK, ExitOutcome.STUDIES);

	private static final Set<ExitOutcome> WORK_STUDIES_OR_AF = EnumSet.of(ExitOutcome.WORK, ExitOutcome.STUDIES,
			ExitOutcome.REFERRED_TO_AF);

	private GoalFulfilment() {
	}

	/**
	 * One result per goal with a measure, numbered by the goal's place in the list (from
	 * 1); goals followed up in words only get none.
	 */
	static List<GoalResult> of(List<InterventionGoal> goals, List<ParticipantCount> participants,
			List<OutcomeCount> outcomes, List<StepCount> steps) {
		int ended = sum(participants, ParticipantCount::endedCount);
		int active = sum(participants, ParticipantCount::activeCount);
		List<GoalResult> results = new ArrayList<>();
		for (int i = 0; i < goals.size(); i++) {
			InterventionGoal goal = goals.get(i);
			if (goal.measure() == null) {
				continue;
			}
			BigDecimal value = switch (goal.measure()) {
				case SHARE_ENDED_TO_WORK_OR_STUDIES -> share(wentTo(outcomes, WORK_OR_STUDIES), ended);
				case SHARE_ENDED_TO_WORK_STUDIES_OR_AF -> share(wentTo(outcomes, WORK_STUDIES_OR_AF), ended);
				case SHARE_ACTIVE_WITH_STEP -> share(sum(steps, StepCount::count), active);
				case COUNT_NEW -> BigDecimal.valueOf(sum(participants, ParticipantCount::newCount));
				case COUNT_ACTIVE -> BigDecimal.valueOf(active);
			};
			results.add(new GoalResult(i + 1, goal.measure(), value, goal.target(), met(goal, value)));
		}
		return results;
	}

	/**
	 * Per cent with one decimal, half up; none of nobody. Met is judged on the value as
	 * written, so that a report never reads "45,0 %" and "not met" against "at least 45
	 * %".
	 */
	private static BigDecimal share(int part, int whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	private static Boolean met(InterventionGoal goal, BigDecimal value) {
		if (value == null) {
			return null;
		}
		int comparison = value.compareTo(goal.target());
		return Boolean.TRUE.equals(goal.atLeast()) ? comparison >= 0 : comparison <= 0;
	}

	private static int wentTo(List<OutcomeCount> outcomes, Set<ExitOutcome> where) {
		return sum(outcomes.stream().filter((outcome) -> where.contains(outcome.outcome())).toList(),
				OutcomeCount::count);
	}

	private static <T> int sum(List<T> counts, ToIntFunction<T> count) {
		return counts.stream().mapToInt(count).sum();
	}

}
