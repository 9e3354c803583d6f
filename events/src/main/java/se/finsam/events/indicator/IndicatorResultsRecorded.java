package se.finsam.events.indicator;

import java.util.List;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.InterventionId;

/**
 * The year's indicator survey results for the association as a whole
 * ({@code interventionId} null) or for one intervention; a later record for the same
 * indicators replaces earlier ones.
 */
@Revision("1")
public record IndicatorResultsRecorded(AssociationId associationId, int year, InterventionId interventionId,
		List<IndicatorResult> results) implements AssociationEvent {

	public IndicatorResultsRecorded {
		results = List.copyOf(results);
	}

}
