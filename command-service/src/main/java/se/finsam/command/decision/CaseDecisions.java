package se.finsam.command.decision;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.stereotype.Component;

import se.finsam.command.application.ApproveApplication;
import se.finsam.command.application.DeferApplication;
import se.finsam.command.application.PlaceOnAgenda;
import se.finsam.command.application.RejectApplication;
import se.finsam.command.intervention.StartIntervention;
import se.finsam.command.meeting.ItemNumbered;
import se.finsam.command.meeting.ItemOutcome;
import se.finsam.command.plan.BudgetDirectory;
import se.finsam.command.plan.ReserveFunds;
import se.finsam.command.shared.RuleViolation;
import se.finsam.events.AnnualAmount;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;
import se.finsam.events.PlanId;
import se.finsam.events.application.ApplicationApproved;

/**
 * Carries a board decision to everything it changes, in one transaction: the commands
 * sent here run in units of work nested in this one, so the meeting's record, the
 * application's outcome, the intervention a grant starts and the budget's reservation are
 * stored together or not at all (ADR 0007). Concurrent grants on one budget are
 * serialised by the plan's version.
 */
@Component
class CaseDecisions {

	private final CommandGateway commands;

	private final BudgetDirectory budgets;

	CaseDecisions(CommandGateway commands, BudgetDirectory budgets) {
		this.commands = commands;
		this.budgets = budgets;
	}

	@CommandHandler
	ItemNumbered handle(PutOnAgenda command) {
		ItemNumbered numbered = this.commands.sendAndWait(command.item());
		if (command.item().application() != null) {
			this.commands.sendAndWait(new PlaceOnAgenda(command.item().application(), numbered.reference()));
		}
		return numbered;
	}

	@CommandHandler
	ItemOutcome handle(DecideCase command) {
		ItemOutcome outcome = this.commands.sendAndWait(command.decision());
		if (outcome.application() == null) {
			if (command.motion() != null) {
				throw RuleViolation.of("decision.motion-without-application", "motion",
						"Punkten gäller ingen ansökan; ange beslutet utan beviljande eller avslag.");
			}
			return outcome;
		}
		if (command.motion() == null) {
			throw RuleViolation.of("decision.motion-required", "motion",
					"Punkten gäller en ansökan; ange om styrelsen beviljar eller avslår den.");
		}
		if (outcome.outcome() == ItemOutcome.Outcome.CARRIED) {
			switch (command.motion().kind()) {
				case APPROVE -> approve(outcome, command.motion());
				case REJECT -> this.commands.sendAndWait(
						new RejectApplication(outcome.application(), outcome.decision(), command.motion().reason()));
			}
		}
		return outcome;
	}

	@CommandHandler
	ItemOutcome handle(DeferCase command) {
		ItemOutcome outcome = this.commands.sendAndWait(command.deferral());
		if (outcome.application() != null) {
			this.commands.sendAndWait(new DeferApplication(outcome.application(), outcome.decision()));
		}
		return outcome;
	}

	private void approve(ItemOutcome outcome, GrantMotion motion) {
		DecisionReference decision = outcome.decision();
		ApplicationApproved approved = this.commands.sendAndWait(new ApproveApplication(outcome.application(), decision,
				motion.granted(), motion.conditions(), InterventionId.random()));
		this.commands.sendAndWait(StartIntervention.from(approved));
		for (AnnualAmount amount : motion.granted()) {
			PlanId budget = this.budgets.budgetFor(outcome.associationId(), amount.year())
				.orElseThrow(() -> RuleViolation.of("decision.no-budget", "motion.granted",
						"Det finns ingen antagen budget med fria medel för " + amount.year()
								+ "; anta eller revidera budgeten innan medel beviljas."));
			this.commands
				.sendAndWait(new ReserveFunds(budget, amount.year(), outcome.application(), amount.amount(), decision));
		}
	}

}
