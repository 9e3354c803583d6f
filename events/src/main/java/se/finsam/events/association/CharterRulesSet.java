package se.finsam.events.association;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;

/**
 * The association's rules were set, by the decision referred to, to apply from
 * {@code validFrom}. Earlier rules keep applying to the days before it.
 */
@Revision("2")
public record CharterRulesSet(AssociationId associationId, LocalDate validFrom, CharterRules rules,
		DecisionReference decision) implements AssociationEvent {

}
