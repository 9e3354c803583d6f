package se.finsam.command.association;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.finsam.events.AssociationId;

/** Erases a data subject of the association: deletes their key and records it. */
record ErasePersonalData(@TargetAggregateIdentifier AssociationId associationId, UUID subject, String reason) {

}
