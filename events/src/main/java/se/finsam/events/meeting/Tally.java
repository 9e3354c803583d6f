package se.finsam.events.meeting;

/** The count of a vote; all zero when the board decided without a vote. */
public record Tally(int yes, int no, int abstain) {

	/** Votes cast: abstentions are not counted. */
	public int cast() {
		return this.yes + this.no;
	}

}
