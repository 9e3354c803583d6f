package se.finsam.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.ApplicationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.DecisionType;
import se.finsam.events.MeetingId;

/**
 * Puts an item on the agenda; it gets the next § number ({@link ItemNumbered}).
 *
 * @param application the application the item concerns, or {@code null}
 * @param refersTo the decision of an earlier, adjusted meeting that this item changes, or
 * {@code null}
 */
public record AddAgendaItem(@TargetAggregateIdentifier MeetingId meetingId,
		@TargetAggregateVersion Long expectedVersion, String title, DecisionType type, ApplicationId application,
		DecisionReference refersTo) {

}
