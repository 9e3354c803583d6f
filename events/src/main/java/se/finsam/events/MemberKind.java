package se.finsam.events;

/**
 * The kind of a member organisation. All municipalities of an association together count
 * as one party.
 */
public enum MemberKind {

	/** Försäkringskassan or Arbetsförmedlingen. */
	STATE_AGENCY,

	/** A region. */
	REGION,

	/** A municipality (kommun). */
	MUNICIPALITY

}
