package se.finsam.events.application;

/** What the preparation group recommends the board to decide on an application. */
public enum Recommendation {

	/** Grant what was applied for. */
	APPROVE,
	/** Grant, but less than was applied for. */
	APPROVE_REDUCED,
	/** Do not grant. */
	REJECT

}
