package se.finsam.events.meeting;

/** In which capacity someone signs (justerar) the minutes. */
public enum SignatureRole {

	/** The meeting's chair (ordförande). */
	CHAIR,
	/** The checker the meeting appointed (justerare). */
	CHECKER

}
