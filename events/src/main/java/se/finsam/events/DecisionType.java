package se.finsam.events;

/**
 * What kind of matter a board decision concerns. The charter may require a qualified
 * majority for some kinds; elections are decided by lot on a tie instead of by the chair.
 */
public enum DecisionType {

	/** A grant of free funds (fria medel) on an application. */
	GRANT,
	/** Adoption of the activity plan and budget. */
	PLAN_ADOPTION,
	/** A revision of an adopted budget. */
	BUDGET_REVISION,
	/** Starting, changing, extending or closing a funded intervention. */
	INTERVENTION,
	/** The association's own rules: application windows, goal areas, deputies' order. */
	RULES,
	/** An election (e.g. of the checker); a tie is settled by lot, not by the chair. */
	ELECTION,
	/** Any other matter. */
	OTHER

}
