package se.finsam.events.plan;

import java.util.List;
import java.util.Objects;

import se.finsam.events.AnnualAmount;
import se.finsam.events.OrganisationNumber;

/**
 * One line of a budget: a stable code within the plan, its group, a name as the plan
 * writes it, the member organisation for a contribution line ({@code null} otherwise) and
 * the amount for the plan's year and its plan years.
 */
public record BudgetLine(String code, LineGroup group, String name, OrganisationNumber member,
		List<AnnualAmount> amounts) {

	public BudgetLine {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(group, "group");
		Objects.requireNonNull(name, "name");
		amounts = List.copyOf(amounts);
	}

}
