package se.finsam.events.intervention;

/** Where participants went when they ended. */
public enum ExitOutcome {

	/** Arbete (including subsidised employment). */
	WORK,
	/** Studier. */
	STUDIES,
	/** Referred to Arbetsförmedlingen. */
	REFERRED_TO_AF,
	/** Anything else (sick leave, moved, unknown …). */
	OTHER

}
