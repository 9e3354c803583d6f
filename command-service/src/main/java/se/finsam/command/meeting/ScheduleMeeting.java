package se.finsam.command.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.finsam.events.AssociationId;
import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;

/**
 * Schedules a board meeting. {@code firstItemNumber} is the number of its first item (§),
 * since many associations number items through the year.
 */
record ScheduleMeeting(@TargetAggregateIdentifier MeetingId meetingId, AssociationId associationId, LocalDate date,
		LocalTime startTime, String place, PersonName chair, int firstItemNumber) {

}
