package se.finsam.events.plan;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.Money;
import se.finsam.events.PlanId;

/**
 * The equity (eget kapital) the association brings into the plan's year, with where the
 * figure comes from (e.g. the annual report, or the plan's own estimate). A later record
 * replaces an earlier one.
 */
@Revision("1")
public record OpeningEquityRecorded(AssociationId associationId, PlanId planId, int year, Money amount,
		String source) implements AssociationEvent {

}
