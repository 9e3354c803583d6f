package se.finsam.command.intervention;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;

/** Record the board's decision to let the intervention run to a later end. */
record ExtendIntervention(@TargetAggregateIdentifier InterventionId interventionId,
		@TargetAggregateVersion Long expectedVersion, LocalDate newEnd, DecisionReference decision) {

}
