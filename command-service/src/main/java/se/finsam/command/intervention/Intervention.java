package se.finsam.command.intervention;

import java.util.HashSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import se.finsam.command.association.AssociationDirectory;
import se.finsam.command.shared.RuleViolation;
import se.finsam.events.AnnualAmount;
import se.finsam.events.InterventionId;
import se.finsam.events.intervention.InterventionStarted;

/**
 * A funded intervention: what the association's money pays for. Started by a board
 * decision; reports, payments and changes come with the interventions work.
 */
@Aggregate
class Intervention {

	@AggregateIdentifier
	private InterventionId interventionId;

	Intervention() {
		// For Axon, which rebuilds the intervention from its events.
	}

	@CommandHandler
	Intervention(StartIntervention command, AssociationDirectory associations) {
		RuleViolation.Collector rules = new RuleViolation.Collector();
		rules.check(command.name() != null && !command.name().isBlank(), "intervention.name-blank", "name",
				"Ange insatsens namn.");
		rules.check(associations.find(command.associationId()).isMember(command.owner()),
				"intervention.owner-not-member", "owner", "Projektägaren ska vara en av förbundets medlemmar.");
		rules.check(!command.period().end().isBefore(command.period().start()), "intervention.period-order", "period",
				"Insatsen kan inte sluta före den börjar.");
		rules.check(!command.budget().isEmpty(), "intervention.budget-required", "budget",
				"Ange insatsens budget per år.");
		Set<Integer> years = new HashSet<>();
		for (AnnualAmount amount : command.budget()) {
			rules.check(
					amount.year() >= command.period().start().getYear()
							&& amount.year() <= command.period().end().getYear() && years.add(amount.year()),
					"intervention.budget-year", "budget",
					"Budgetåret " + amount.year() + " ligger utanför insatsens period eller anges två gånger.");
			rules.check(amount.amount().isPositive(), "intervention.budget-amount", "budget",
					"Budgeten för " + amount.year() + " ska vara större än 0 kr.");
		}
		rules.throwIfAny();
		AggregateLifecycle.apply(new InterventionStarted(command.interventionId(), command.associationId(),
				command.decision(), command.application(), command.name().strip(), command.owner(), command.kind(),
				command.period(), command.budget(), command.targetGroup(), command.goals(), command.steeringGroup(),
				command.conditions()));
	}

	@EventSourcingHandler
	void on(InterventionStarted event) {
		this.interventionId = event.interventionId();
	}

}
