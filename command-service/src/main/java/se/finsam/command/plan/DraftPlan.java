package se.finsam.command.plan;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;
import se.finsam.events.plan.BudgetLine;

/** Draft the association's plan and budget for a year (and its two plan years). */
record DraftPlan(@TargetAggregateIdentifier PlanId planId, AssociationId associationId, int year,
		List<BudgetLine> lines) {

}
