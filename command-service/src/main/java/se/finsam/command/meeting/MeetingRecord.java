package se.finsam.command.meeting;

import java.time.LocalDate;
import java.util.Set;

import se.finsam.events.AssociationId;
import se.finsam.events.MeetingId;

/**
 * What a later meeting needs to know about an earlier one to change one of its decisions.
 *
 * @param adjusted whether its minutes are adjusted (final)
 * @param decidedItems the items (§) where a motion carried
 */
record MeetingRecord(MeetingId meetingId, AssociationId associationId, LocalDate date, boolean adjusted,
		Set<Integer> decidedItems) {

	MeetingRecord {
		decidedItems = Set.copyOf(decidedItems);
	}

}
