package se.finsam.command.intervention;

import se.finsam.events.AssociationId;
import se.finsam.events.InterventionId;

/**
 * Tells other aggregates whether an intervention exists and is an association's, so that
 * nothing is recorded about another association's work or about none.
 */
public interface InterventionDirectory {

	boolean isOf(AssociationId associationId, InterventionId interventionId);

}
