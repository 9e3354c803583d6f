package se.finsam.events.plan;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PlanId;

/** A member's payment towards its contribution for {@code budgetYear} was received. */
@Revision("1")
public record ContributionReceived(AssociationId associationId, PlanId planId, int budgetYear,
		OrganisationNumber member, LocalDate receivedOn, Money amount) implements AssociationEvent {

}
