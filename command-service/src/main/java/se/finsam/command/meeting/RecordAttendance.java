package se.finsam.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;
import se.finsam.events.meeting.Presence;

/** Records how a person on the roster takes part from now on. */
record RecordAttendance(@TargetAggregateIdentifier MeetingId meetingId, @TargetAggregateVersion Long expectedVersion,
		PersonName person, Presence presence) {

}
