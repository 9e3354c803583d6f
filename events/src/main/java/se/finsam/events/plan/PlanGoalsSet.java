package se.finsam.events.plan;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;

/** The draft plan's goals were set (they are adopted with the plan). */
@Revision("1")
public record PlanGoalsSet(AssociationId associationId, PlanId planId, int year,
		PlanGoals goals) implements AssociationEvent {

}
