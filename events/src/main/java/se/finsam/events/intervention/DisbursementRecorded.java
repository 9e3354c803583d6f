package se.finsam.events.intervention;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.InterventionId;
import se.finsam.events.Money;

/**
 * A payment to the project owner against the granted budget; never more than what remains
 * of it.
 */
@Revision("1")
public record DisbursementRecorded(InterventionId interventionId, AssociationId associationId, LocalDate paidOn,
		Money amount, Money remaining) implements AssociationEvent {

}
