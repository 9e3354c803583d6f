package se.finsam.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.MeetingId;

/** Defers an item to a later meeting (bordläggning). */
public record DeferItem(@TargetAggregateIdentifier MeetingId meetingId, @TargetAggregateVersion Long expectedVersion,
		int item, String reason) {

}
