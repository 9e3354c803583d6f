package se.finsam.events.meeting;

/** What settled a motion. */
public enum DecidedBy {

	/** Nobody asked for a vote: the motion carried without one. */
	ACCLAMATION,
	/** The votes cast, by simple or by the charter's qualified majority. */
	VOTE,
	/** A tie, settled by the chair's casting vote. */
	CASTING_VOTE,
	/** A tie in an election, settled by lot drawn in the room. */
	LOT

}
