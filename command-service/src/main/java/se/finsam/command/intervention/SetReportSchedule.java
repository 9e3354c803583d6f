package se.finsam.command.intervention;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.InterventionId;
import se.finsam.events.intervention.ReportDue;

/** Set the reports the project owner is to file, replacing the earlier schedule. */
record SetReportSchedule(@TargetAggregateIdentifier InterventionId interventionId,
		@TargetAggregateVersion Long expectedVersion, List<ReportDue> dues) {

}
