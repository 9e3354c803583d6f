package se.finsam.command.decision;

import se.finsam.command.meeting.DeferItem;

/**
 * Defer an item and, when it concerns an application, send the application back to wait
 * for a later agenda.
 */
record DeferCase(DeferItem deferral) {

}
