package se.finsam.events.plan;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;

/** The draft was sent to the member organisations for consultation (samråd). */
@Revision("1")
public record PlanSentForConsultation(AssociationId associationId, PlanId planId, int year,
		LocalDate sentOn) implements AssociationEvent {

}
