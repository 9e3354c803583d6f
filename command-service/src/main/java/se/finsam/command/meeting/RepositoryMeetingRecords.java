package se.finsam.command.meeting;

import java.util.Optional;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import org.springframework.stereotype.Component;

import se.finsam.events.MeetingId;

/**
 * Loads the meeting from its events inside the caller's unit of work, so the record is
 * that of the moment the command is handled.
 */
@Component
class RepositoryMeetingRecords implements MeetingRecords {

	private final Repository<Meeting> meetings;

	RepositoryMeetingRecords(Repository<Meeting> meetings) {
		this.meetings = meetings;
	}

	@Override
	public Optional<MeetingRecord> find(MeetingId meetingId) {
		try {
			return Optional.of(this.meetings.load(meetingId.toString()).invoke(Meeting::record));
		}
		catch (AggregateNotFoundException ex) {
			return Optional.empty();
		}
	}

}
