package se.finsam.command.decision;

import java.util.List;

import se.finsam.events.AnnualAmount;

/**
 * What the board is asked to decide on an application: approve (the full or a reduced
 * amount per year, with conditions) or reject (with a reason).
 */
public record GrantMotion(Kind kind, List<AnnualAmount> granted, String conditions, String reason) {

	public GrantMotion {
		granted = (granted != null) ? List.copyOf(granted) : List.of();
	}

	/** Approve or reject. */
	public enum Kind {

		APPROVE, REJECT

	}

}
