package se.finsam.events.plan;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.Money;
import se.finsam.events.PlanId;

/**
 * The year was closed with the annual report the board approved at {@code decision}, with
 * the closing equity it states. Nothing changes the plan afterwards.
 */
@Revision("1")
public record PlanClosed(AssociationId associationId, PlanId planId, int year, DecisionReference decision,
		Money closingEquity) implements AssociationEvent {

}
