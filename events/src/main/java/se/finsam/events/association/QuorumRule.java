package se.finsam.events.association;

/**
 * How many ordinary members (or serving deputies) must take part for the board to decide.
 */
public enum QuorumRule {

	/** More than half of the ordinary members: the common rule. */
	MORE_THAN_HALF,
	/** At least half of the ordinary members (e.g. Sundsvall). */
	AT_LEAST_HALF;

	/**
	 * Whether {@code participating} of {@code seats} ordinary members make the board
	 * quorate.
	 */
	public boolean isQuorate(int participating, int seats) {
		return switch (this) {
			case MORE_THAN_HALF -> 2 * participating > seats;
			case AT_LEAST_HALF -> 2 * participating >= seats;
		};
	}

}
