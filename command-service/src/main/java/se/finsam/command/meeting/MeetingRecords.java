package se.finsam.command.meeting;

import java.util.Optional;

import se.finsam.events.MeetingId;

/**
 * Reads another meeting while a command on a meeting is handled. A port of its own rather
 * than the meeting repository as a handler parameter: the framework resolves handler
 * parameters by their raw type, and with one repository per aggregate a
 * {@code Repository} parameter would be ambiguous.
 */
interface MeetingRecords {

	/** The meeting, or empty when there is none with that id. */
	Optional<MeetingRecord> find(MeetingId meetingId);

}
