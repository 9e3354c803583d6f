package se.finsam.command.application;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import se.finsam.events.AnnualAmount;
import se.finsam.events.ApplicationId;
import se.finsam.events.application.Recommendation;

/** The preparation group's assessment and recommendation on a registered application. */
record RecordAssessment(@TargetAggregateIdentifier ApplicationId applicationId,
		@TargetAggregateVersion Long expectedVersion, String assessment, Recommendation recommendation,
		List<AnnualAmount> recommended) {

	RecordAssessment {
		recommended = List.copyOf(recommended);
	}

}
