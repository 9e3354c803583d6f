package se.finsam.events.meeting;

/** A vote on a motion. Abstentions are not votes cast. */
public enum VoteChoice {

	YES, NO, ABSTAIN

}
