package se.finsam.events.application;

import java.util.List;

import org.axonframework.serialization.Revision;

import se.finsam.events.AnnualAmount;
import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;

/**
 * The preparation group assessed the application and recommended a decision; a later
 * assessment replaces an earlier one.
 */
@Revision("1")
public record ApplicationAssessed(ApplicationId applicationId, AssociationId associationId, String assessment,
		Recommendation recommendation, List<AnnualAmount> recommended) implements AssociationEvent {

	public ApplicationAssessed {
		recommended = List.copyOf(recommended);
	}

}
