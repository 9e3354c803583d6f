package se.finsam.events.meeting;

/** How a person on the roster takes part in a meeting. */
public enum Presence {

	/** In the room. */
	PRESENT,
	/**
	 * With live sound and picture (law §19a); counts as present only where the charter
	 * says so.
	 */
	REMOTE,
	/** Not taking part. */
	ABSENT

}
