package se.finsam.command.plan;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.PlanId;
import se.finsam.events.plan.BudgetLine;

/** Replace the draft's budget lines while the draft has not gone out for consultation. */
record AmendDraft(@TargetAggregateIdentifier PlanId planId, @TargetAggregateVersion Long expectedVersion,
		List<BudgetLine> lines) {

}
