package se.finsam.command.association;

import org.axonframework.modelling.command.AggregateNotFoundException;

import se.finsam.events.AssociationId;

/**
 * Reads an association's facts for commands on other aggregates (meetings, applications).
 * Throws {@link AggregateNotFoundException} for an unknown association.
 */
public interface AssociationDirectory {

	AssociationFacts find(AssociationId associationId);

}
