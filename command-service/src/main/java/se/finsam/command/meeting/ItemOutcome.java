package se.finsam.command.meeting;

import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.DecisionType;

/**
 * The answer to {@link DecideItem} and {@link DeferItem}, so that the caller can act on
 * the outcome (an application, a budget) in the same unit of work.
 *
 * @param version the meeting's version afterwards
 * @param decision the item as the minutes cite it (meeting date and §)
 * @param associationId the association whose board decided
 * @param application the application the item concerns, or {@code null}
 */
public record ItemOutcome(long version, Outcome outcome, DecisionReference decision, DecisionType type,
		AssociationId associationId, ApplicationId application) {

	/** What became of the item. */
	public enum Outcome {

		/** The motion carried; the item is closed. */
		CARRIED,
		/** The motion did not carry; the item is still open. */
		DEFEATED,
		/** The item was deferred to a later meeting; it is closed here. */
		DEFERRED

	}

}
