package se.finsam.events.application;

import java.util.Objects;

/**
 * A goal the work can be followed up against, e.g. "steg mot arbete" with the target "80
 * % av deltagarna". Both are free text: associations phrase targets in many ways.
 */
public record MeasurableGoal(String description, String target) {

	public MeasurableGoal {
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(target, "target");
	}

}
