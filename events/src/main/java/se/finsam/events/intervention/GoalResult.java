package se.finsam.events.intervention;

import java.math.BigDecimal;

/**
 * A goal's fulfilment computed from a report's figures (never typed in): the value (per
 * cent with one decimal, or a count) and whether the target is met; {@code value} null
 * when the period has nothing to compute it from (e.g. nobody ended).
 */
public record GoalResult(int goal, GoalMeasure measure, BigDecimal value, BigDecimal target, Boolean met) {

}
