package se.finsam.events.meeting;

import java.util.Objects;

import se.finsam.events.PersonName;

/** One person's vote on a motion. */
public record CastVote(PersonName person, VoteChoice choice) {

	public CastVote {
		Objects.requireNonNull(person, "person");
		Objects.requireNonNull(choice, "choice");
	}

}
