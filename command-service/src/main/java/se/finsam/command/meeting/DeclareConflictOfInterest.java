package se.finsam.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;

/** Records that a person is disqualified (jäv) for an item. */
record DeclareConflictOfInterest(@TargetAggregateIdentifier MeetingId meetingId,
		@TargetAggregateVersion Long expectedVersion, int item, PersonName person, String reason) {

}
