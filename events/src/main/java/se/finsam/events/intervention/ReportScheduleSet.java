package se.finsam.events.intervention;

import java.util.List;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.InterventionId;

/** The reports the project owner is to file, replacing the earlier schedule. */
@Revision("1")
public record ReportScheduleSet(InterventionId interventionId, AssociationId associationId,
		List<ReportDue> dues) implements AssociationEvent {

	public ReportScheduleSet {
		dues = List.copyOf(dues);
	}

}
