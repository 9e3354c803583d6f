package se.finsam.events.intervention;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;

/** The board closed the intervention (after its final report, as a rule). */
@Revision("1")
public record InterventionClosed(InterventionId interventionId, AssociationId associationId, LocalDate closedOn,
		DecisionReference decision) implements AssociationEvent {

}
