package se.finsam.command.indicator;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.finsam.events.AssociationId;
import se.finsam.events.IndicatorSurveyId;
import se.finsam.events.InterventionId;
import se.finsam.events.indicator.IndicatorResult;

/**
 * Record a year's indicator survey results for the association ({@code interventionId}
 * null) or one of its interventions. No expected version: each result replaces the
 * earlier one for its indicator, whoever read what before.
 */
record RecordIndicatorResults(AssociationId associationId, int year, InterventionId interventionId,
		List<IndicatorResult> results) {

	/** The association's survey record for the year, whether or not it exists yet. */
	@TargetAggregateIdentifier
	IndicatorSurveyId surveyId() {
		return IndicatorSurveyId.of(this.associationId, this.year);
	}

}
