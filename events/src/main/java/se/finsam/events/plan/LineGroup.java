package se.finsam.events.plan;

/**
 * The groups of a budget, as the plans present them. Amounts on every line are written as
 * positive numbers; the group says whether a line is income or cost.
 */
public enum LineGroup {

	/** Bidrag från en medlem (one line per member organisation). */
	CONTRIBUTION(true),
	/** Eget kapital från tidigare år, used this year. */
	EQUITY_DRAWN(true),
	/** External funding, e.g. project money. */
	EXTERNAL_FUNDING(true),
	/** Administration och kansli. */
	ADMINISTRATION(false),
	/** Individinriktade insatser (one line per intervention). */
	INDIVIDUAL_INTERVENTIONS(false),
	/** Strukturinriktade insatser. */
	STRUCTURAL_INTERVENTIONS(false),
	/** Fria medel: not yet allocated; grants are reserved against it. */
	FREE_FUNDS(false),
	/** Other costs. */
	OTHER(false);

	private final boolean income;

	LineGroup(boolean income) {
		this.income = income;
	}

	public boolean isIncome() {
		return this.income;
	}

}
