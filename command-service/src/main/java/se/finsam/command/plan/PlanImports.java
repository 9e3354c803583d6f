package se.finsam.command.plan;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.stereotype.Component;

/**
 * An import is the API's own commands, sent in units of work nested in the import's, so a
 * file is loaded whole or not at all (as a board decision is, ADR 0007).
 */
@Component
class PlanImports {

	private final CommandGateway commands;

	PlanImports(CommandGateway commands) {
		this.commands = commands;
	}

	@CommandHandler
	long handle(ImportPlan command) {
		this.commands
			.sendAndWait(new DraftPlan(command.planId(), command.associationId(), command.year(), command.lines()));
		long version = 0;
		if (command.goals() != null) {
			version = this.commands.sendAndWait(new SetPlanGoals(command.planId(), null, command.goals()));
		}
		if (!command.stated().isEmpty()) {
			version = this.commands.sendAndWait(new StatePlanFigures(command.planId(), null, command.stated()));
		}
		if (command.openingEquity() != null) {
			version = this.commands.sendAndWait(
					new RecordOpeningEquity(command.planId(), null, command.openingEquity(), command.source()));
		}
		return version;
	}

}
