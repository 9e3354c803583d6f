package se.finsam.command.application;

import java.util.List;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.finsam.events.AnnualAmount;
import se.finsam.events.ApplicationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;

/**
 * Records the board's grant at {@code decision}: {@code granted} per year, with any
 * {@code conditions} ({@code null} or blank when none), starting the intervention
 * {@code interventionId}. Sent by the meeting's workflow with the decision itself.
 */
public record ApproveApplication(@TargetAggregateIdentifier ApplicationId applicationId, DecisionReference decision,
		List<AnnualAmount> granted, String conditions, InterventionId interventionId) {

	public ApproveApplication {
		Objects.requireNonNull(applicationId, "applicationId");
		Objects.requireNonNull(decision, "decision");
		Objects.requireNonNull(interventionId, "interventionId");
		granted = List.copyOf(granted);
	}

}
