package se.finsam.command.plan;

import java.util.List;

import se.finsam.events.AssociationId;
import se.finsam.events.Money;
import se.finsam.events.PlanId;
import se.finsam.events.plan.BudgetLine;
import se.finsam.events.plan.PlanGoals;
import se.finsam.events.plan.StatedFigure;

/**
 * Load a plan from a file: draft it, set its goals, record the document's own figures and
 * its opening equity, all or nothing. {@code goals} and {@code openingEquity} may be
 * null.
 */
record ImportPlan(PlanId planId, AssociationId associationId, int year, List<BudgetLine> lines, PlanGoals goals,
		List<StatedFigure> stated, Money openingEquity, String source) {

}
