package se.finsam.command.association;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.association.CharterRules;

/** Set the association's rules from a date on, as decided by the board. */
record SetCharterRules(@TargetAggregateIdentifier AssociationId associationId,
		@TargetAggregateVersion Long expectedVersion, LocalDate validFrom, CharterRules rules,
		DecisionReference decision) {

}
