package se.finsam.events.intervention;

import java.math.BigDecimal;

/**
 * A measurable goal: its wording, and, when it can be computed from the reports' figures,
 * what it measures and the target ({@code atLeast} true for "≥", false for "≤"; per cent
 * for shares, a number for counts). {@code measure} null means a goal followed up in
 * words only.
 */
public record InterventionGoal(String description, GoalMeasure measure, Boolean atLeast, BigDecimal target) {

}
