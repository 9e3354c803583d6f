package se.finsam.events.intervention;

/**
 * What a measurable goal is computed from in a report. Shares are per cent of the
 * participants who ended (or, for steps, who were active) in the report's period.
 */
public enum GoalMeasure {

	/** Share of those who ended who went to work or studies. */
	SHARE_ENDED_TO_WORK_OR_STUDIES,
	/**
	 * Share of those who ended who went to work, studies or were referred to
	 * Arbetsförmedlingen.
	 */
	SHARE_ENDED_TO_WORK_STUDIES_OR_AF,
	/** Share of the active participants who made a step towards work. */
	SHARE_ACTIVE_WITH_STEP,
	/** Number of new participants. */
	COUNT_NEW,
	/** Number of active participants. */
	COUNT_ACTIVE

}
