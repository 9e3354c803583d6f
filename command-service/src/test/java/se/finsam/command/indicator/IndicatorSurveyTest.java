package se.finsam.command.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.finsam.command.association.AssociationDirectory;
import se.finsam.command.association.AssociationFacts;
import se.finsam.command.intervention.InterventionDirectory;
import se.finsam.events.AssociationId;
import se.finsam.events.IndicatorSurveyId;
import se.finsam.events.InterventionId;
import se.finsam.events.indicator.IndicatorResult;
import se.finsam.events.indicator.IndicatorResult.GenderResult;
import se.finsam.events.indicator.IndicatorResultsRecorded;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.command.shared.BrokenRules.codes;

class IndicatorSurveyTest {

	private static final AssociationId ASSOCIATION = new AssociationId(
			UUID.fromString("2d7c1b0a-9e8f-4a6b-8c5d-4e3f2a1b0c9d"));

	private static final AssociationId OTHER = new AssociationId(
			UUID.fromString("7e6d5c4b-3a29-4187-8f6e-5d4c3b2a1908"));

	private static final InterventionId REBUS = new InterventionId(
			UUID.fromString("8c2e1f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3b"));

	private static final int YEAR = 2025;

	private AggregateTestFixture<IndicatorSurvey> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(IndicatorSurvey.class);
		this.fixture.registerInjectableResource((AssociationDirectory) (id) -> {
			if (!id.equals(ASSOCIATION)) {
				throw new AggregateNotFoundException(id.toString(), "Okänt förbund");
			}
			return new AssociationFacts(id, List.of(), List.of(), new TreeMap<>(Map.of()));
		});
		this.fixture.registerInjectableResource((InterventionDirectory) (association,
				intervention) -> association.equals(ASSOCIATION) && intervention.equals(REBUS));
	}

	@Test
	void theSurveyOfAYearIsAddressedByTheAssociationAndTheYear() {
		RecordIndicatorResults command = new RecordIndicatorResults(ASSOCIATION, YEAR, null, List.of());
		assertThat(command.surveyId()).isEqualTo(IndicatorSurveyId.of(ASSOCIATION, YEAR))
			.isNotEqualTo(IndicatorSurveyId.of(ASSOCIATION, YEAR + 1))
			.isNotEqualTo(IndicatorSurveyId.of(OTHER, YEAR));
	}

	@Test
	void recordsTheFirstResultsOfTheYear() {
		List<IndicatorResult> results = List.of(result(2, answers(24, "83.3"), answers(12, "75")),
				result(12, answers(6, "100.0"), answers(0, null)));
		this.fixture.givenNoPriorActivity()
			.when(new RecordIndicatorResults(ASSOCIATION, YEAR, null, results))
			.expectResultMessagePayload(0L)
			.expectEvents(new IndicatorResultsRecorded(ASSOCIATION, YEAR, null, results));
	}

	@Test
	void recordsLaterResultsForAnInterventionOnTheSameYear() {
		List<IndicatorResult> earlier = List.of(result(2, answers(24, "83.3"), answers(12, "75")));
		List<IndicatorResult> results = List.of(result(15, answers(0, null), answers(3, "66.7")));
		this.fixture.given(new IndicatorResultsRecorded(ASSOCIATION, YEAR, null, earlier))
			.when(new RecordIndicatorResults(ASSOCIATION, YEAR, REBUS, results))
			.expectResultMessagePayload(1L)
			.expectEvents(new IndicatorResultsRecorded(ASSOCIATION, YEAR, REBUS, results));
	}

	@Test
	void rejectsIndicatorsOutsideOneToFifteenOrTwice() {
		this.fixture.givenNoPriorActivity()
			.when(new RecordIndicatorResults(ASSOCIATION, YEAR, null,
					List.of(result(0, answers(1, "1"), answers(1, "1")), result(16, answers(1, "1"), answers(1, "1")),
							result(1, answers(1, "1"), answers(1, "1")), result(1, answers(2, "2"), answers(2, "2")))))
			.expectNoEvents()
			.expectException(codes("indicator.number", "indicator.number", "indicator.duplicate"));
	}

	@Test
	void rejectsNoResultsAndResultsForOnlyOneGender() {
		this.fixture.givenNoPriorActivity()
			.when(new RecordIndicatorResults(ASSOCIATION, YEAR, null, List.of()))
			.expectNoEvents()
			.expectException(codes("indicator.results-required"));
		this.fixture.givenNoPriorActivity()
			.when(new RecordIndicatorResults(ASSOCIATION, YEAR, null, List.of(result(7, answers(10, "80"), null))))
			.expectNoEvents()
			.expectException(codes("indicator.gender-results"));
	}

	@Test
	void rejectsNegativeRespondentsSharesOutsideTheScaleAndSharesOfNobody() {
		this.fixture.givenNoPriorActivity()
			.when(new RecordIndicatorResults(ASSOCIATION, YEAR, null,
					List.of(result(1, answers(-1, null), answers(5, "100.1")),
							result(2, answers(5, "-0.1"), answers(5, "33.33")),
							result(3, answers(0, "0"), answers(4, "50")))))
			.expectNoEvents()
			.expectException(codes("indicator.respondents-negative", "indicator.share-range", "indicator.share-range",
					"indicator.share-range", "indicator.share-without-respondents"));
	}

	@Test
	void rejectsAnInterventionThatIsNotTheAssociations() {
		this.fixture.givenNoPriorActivity()
			.when(new RecordIndicatorResults(ASSOCIATION, YEAR, InterventionId.random(),
					List.of(result(2, answers(1, "100"), answers(1, "0")))))
			.expectNoEvents()
			.expectException(codes("indicator.intervention-unknown"));
	}

	@Test
	void refusesAnUnknownAssociation() {
		this.fixture.givenNoPriorActivity()
			.when(new RecordIndicatorResults(OTHER, YEAR, null, List.of(result(2, answers(1, "100"), answers(1, "0")))))
			.expectNoEvents()
			.expectException(AggregateNotFoundException.class);
	}

	private static IndicatorResult result(int indicator, GenderResult women, GenderResult men) {
		return new IndicatorResult(indicator, women, men);
	}

	/** How many of one legal gender answered, and the share of them agreeing. */
	private static GenderResult answers(int respondents, String share) {
		return new GenderResult(respondents, (share != null) ? new BigDecimal(share) : null);
	}

}
