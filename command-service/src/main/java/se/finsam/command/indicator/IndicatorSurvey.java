package se.finsam.command.indicator;

import java.util.HashSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import se.finsam.command.association.AssociationDirectory;
import se.finsam.command.intervention.InterventionDirectory;
import se.finsam.command.shared.PerCent;
import se.finsam.command.shared.RuleViolation;
import se.finsam.events.IndicatorSurveyId;
import se.finsam.events.indicator.IndicatorResult;
import se.finsam.events.indicator.IndicatorResult.GenderResult;
import se.finsam.events.indicator.IndicatorResultsRecorded;

/**
 * An association's results in the national network's quality indicators for one year: one
 * record per association and year, so that results arriving over the year, for the
 * association and for its interventions, are kept in one place and in order.
 */
@Aggregate
class IndicatorSurvey {

	/** The national network's surveys are numbered 1–15. */
	static final int INDICATORS = 15;

	@AggregateIdentifier
	private IndicatorSurveyId surveyId;

	IndicatorSurvey() {
		// For Axon, which rebuilds the survey from its events.
	}

	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	long handle(RecordIndicatorResults command, AssociationDirectory associations,
			InterventionDirectory interventions) {
		// An unknown association is answered 404 before any rule is judged.
		associations.find(command.associationId());
		RuleViolation.Collector rules = new RuleViolation.Collector();
		rules.check(
				command.interventionId() == null
						|| interventions.isOf(command.associationId(), command.interventionId()),
				"indicator.intervention-unknown", "interventionId", "Insatsen finns inte i förbundet.");
		rules.check(!command.results().isEmpty(), "indicator.results-required", "results",
				"Ange resultatet för minst en indikator.");
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < command.results().size(); i++) {
			IndicatorResult result = command.results().get(i);
			String field = "results[" + i + "]";
			rules.check(result.indicator() >= 1 && result.indicator() <= INDICATORS, "indicator.number",
					field + ".indicator",
					"Indikatorerna är numrerade 1–" + INDICATORS + ", inte " + result.indicator() + ".");
			rules.check(seen.add(result.indicator()), "indicator.duplicate", field + ".indicator",
					"Indikator " + result.indicator() + " anges en gång.");
			rules.check(result.women() != null && result.men() != null, "indicator.gender-results", field,
					"Ange resultatet för kvinnor och för män var för sig.");
			check(result.women(), field + ".women", rules);
			check(result.men(), field + ".men", rules);
		}
		rules.throwIfAny();
		AggregateLifecycle.apply(new IndicatorResultsRecorded(command.associationId(), command.year(),
				command.interventionId(), command.results()));
		return AggregateLifecycle.getVersion();
	}

	private static void check(GenderResult result, String field, RuleViolation.Collector rules) {
		if (result == null) {
			return;
		}
		rules.check(result.respondents() >= 0, "indicator.respondents-negative", field + ".respondents",
				"Antalet svarande kan inte vara negativt.");
		if (result.shareAgreeing() == null) {
			return;
		}
		rules.check(PerCent.isValid(result.shareAgreeing()), "indicator.share-range", field + ".shareAgreeing",
				"En andel anges i procent, 0–100, med högst en decimal.");
		rules.check(result.respondents() > 0, "indicator.share-without-respondents", field + ".shareAgreeing",
				"En andel kräver minst en som svarat.");
	}

	@EventSourcingHandler
	void on(IndicatorResultsRecorded event) {
		this.surveyId = IndicatorSurveyId.of(event.associationId(), event.year());
	}

}
