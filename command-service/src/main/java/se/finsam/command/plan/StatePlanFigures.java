package se.finsam.command.plan;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.PlanId;
import se.finsam.events.plan.StatedFigure;

/** Record the plan document's own totals and shares, as printed. */
record StatePlanFigures(@TargetAggregateIdentifier PlanId planId, @TargetAggregateVersion Long expectedVersion,
		List<StatedFigure> figures) {

}
