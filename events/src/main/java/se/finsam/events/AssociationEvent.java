package se.finsam.events;

/**
 * Every event of the contract belongs to exactly one association; consumers scope by it.
 */
public interface AssociationEvent {

	AssociationId associationId();

}
