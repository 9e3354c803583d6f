package se.finsam.query.control;

import java.util.List;

/**
 * One deviation a control found: what, in Swedish, the year it concerns, and the events
 * (ids in the audit trail) that cause it.
 */
public record ControlFinding(Control control, Integer year, String message, List<String> events) {

	public ControlFinding {
		events = List.copyOf(events);
	}

}
