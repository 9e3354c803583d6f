package se.finsam.command.decision;

import se.finsam.command.meeting.DecideItem;

/**
 * Decide an item and carry the decision to what it concerns: for an application, the
 * grant or rejection ({@code motion}, required then and refused otherwise) and the
 * reservation of the granted money on the budget.
 */
record DecideCase(DecideItem decision, GrantMotion motion) {

}
