package se.finsam.events;

/** The two kinds of work an association funds. */
public enum InterventionKind {

	/** Individinriktad insats: support for individual participants. */
	INDIVIDUAL,
	/** Strukturinriktad insats: training, networks, methods. */
	STRUCTURAL

}
