package se.finsam.command.meeting;

import se.finsam.events.DecisionReference;

/**
 * The answer to {@link AddAgendaItem}: the meeting's version and the new item as the
 * minutes will cite it (meeting, date and §).
 */
public record ItemNumbered(long version, DecisionReference reference) {

}
