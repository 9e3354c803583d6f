package se.finsam.command.meeting;

/**
 * The answer to {@link AddAgendaItem}: the meeting's version and the new item's number.
 */
public record ItemNumbered(long version, int item) {

}
