package se.finsam.command.plan;

import java.util.Optional;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import org.springframework.stereotype.Component;

import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;

/**
 * Finds the adopted budget that money for a year is reserved against: that year's own
 * plan, or else the latest adopted plan that budgets free funds for it as a plan year.
 */
@Component
public class BudgetDirectory {

	private final Repository<Plan> plans;

	BudgetDirectory(Repository<Plan> plans) {
		this.plans = plans;
	}

	public Optional<PlanId> budgetFor(AssociationId associationId, int budgetYear) {
		for (int planYear = budgetYear; planYear >= budgetYear - 2; planYear--) {
			PlanId id = PlanId.of(associationId, planYear);
			try {
				if (this.plans.load(id.toString()).invoke((plan) -> plan.covers(budgetYear))) {
					return Optional.of(id);
				}
			}
			catch (AggregateNotFoundException ex) {
				// No plan for that year: look at the one before.
			}
		}
		return Optional.empty();
	}

}
