package se.finsam.events.plan;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.PlanId;

/**
 * The board adopted the plan and budget as drafted. {@code late} is true when the
 * decision came after 30 November of the year before (law 2003:1210 §23): allowed, but a
 * finding for internal control.
 */
@Revision("1")
public record PlanAdopted(AssociationId associationId, PlanId planId, int year, DecisionReference decision,
		boolean late) implements AssociationEvent {

}
