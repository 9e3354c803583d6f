package se.finsam.command.intervention;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;

/** Record the board's decision to close the intervention as of a day. */
record CloseIntervention(@TargetAggregateIdentifier InterventionId interventionId,
		@TargetAggregateVersion Long expectedVersion, LocalDate closedOn, DecisionReference decision) {

}
