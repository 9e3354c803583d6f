package se.finsam.command.meeting;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.MeetingId;
import se.finsam.events.PersonName;
import se.finsam.events.meeting.SignatureRole;

/** The chair or the checker signs the minutes. */
record SignMinutes(@TargetAggregateIdentifier MeetingId meetingId, @TargetAggregateVersion Long expectedVersion,
		PersonName signer, SignatureRole role, LocalDate signedOn) {

}
