package se.finsam.command.decision;

import se.finsam.command.meeting.AddAgendaItem;

/**
 * Put an item on a meeting's agenda and, when it concerns an application, mark the
 * application as placed there: both or neither.
 */
record PutOnAgenda(AddAgendaItem item) {

}
