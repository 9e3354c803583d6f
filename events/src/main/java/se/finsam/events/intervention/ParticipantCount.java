package se.finsam.events.intervention;

import java.util.Objects;

/**
 * Participants of one legal gender and age band in a report's period: new, active (all
 * who took part) and ended. Counts only: the product never identifies a participant.
 */
public record ParticipantCount(LegalGender gender, AgeBand ageBand, int newCount, int activeCount, int endedCount) {

	public ParticipantCount {
		Objects.requireNonNull(gender, "gender");
		Objects.requireNonNull(ageBand, "ageBand");
	}

}
