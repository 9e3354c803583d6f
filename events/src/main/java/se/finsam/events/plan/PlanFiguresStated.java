package se.finsam.events.plan;

import java.util.List;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;

/**
 * The plan document's own totals, subtotals and shares, recorded as the document states
 * them.
 */
@Revision("1")
public record PlanFiguresStated(AssociationId associationId, PlanId planId, int year,
		List<StatedFigure> figures) implements AssociationEvent {

	public PlanFiguresStated {
		figures = List.copyOf(figures);
	}

}
