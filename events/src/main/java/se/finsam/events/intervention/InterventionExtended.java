package se.finsam.events.intervention;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;

/** The board extended the intervention to a new end date. */
@Revision("1")
public record InterventionExtended(InterventionId interventionId, AssociationId associationId, LocalDate newEnd,
		DecisionReference decision) implements AssociationEvent {

}
