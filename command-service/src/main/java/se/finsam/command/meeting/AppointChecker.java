package se.finsam.command.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;

/** Appoints the person who checks and signs the minutes with the chair (justerare). */
record AppointChecker(@TargetAggregateIdentifier MeetingId meetingId, @TargetAggregateVersion Long expectedVersion,
		PersonName person) {

}
