package se.finsam.events.plan;

import org.axonframework.serialization.Revision;

import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.Money;
import se.finsam.events.PlanId;

/**
 * A grant decision reserved money for {@code budgetYear} on a free-funds line. The
 * reserved total on a line never exceeds its budget for that year.
 */
@Revision("1")
public record FundsReserved(AssociationId associationId, PlanId planId, int budgetYear, String lineCode,
		ApplicationId applicationId, Money amount, DecisionReference decision) implements AssociationEvent {

}
