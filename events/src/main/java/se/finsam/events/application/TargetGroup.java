package se.finsam.events.application;

import java.util.Objects;

/**
 * Whom an application's work is for: a description of their needs and the ages it
 * targets, both included. Never a person: participants only ever appear as counts.
 */
public record TargetGroup(String description, int youngestAge, int oldestAge) {

	public TargetGroup {
		Objects.requireNonNull(description, "description");
	}

}
