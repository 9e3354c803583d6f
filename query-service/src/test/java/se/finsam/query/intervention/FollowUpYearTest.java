package se.finsam.query.intervention;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.finsam.events.intervention.AgeBand;
import se.finsam.events.intervention.ExitOutcome;
import se.finsam.events.intervention.LegalGender;
import se.finsam.query.intervention.FollowUpYear.Counts;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.query.intervention.InterventionViewFixture.count;
import static se.finsam.query.intervention.InterventionViewFixture.filed;
import static se.finsam.query.intervention.InterventionViewFixture.outcome;

class FollowUpYearTest {

	private static final LocalDate JAN = LocalDate.of(2025, 1, 1);

	private static final LocalDate APR = LocalDate.of(2025, 4, 30);

	private static final LocalDate MAY = LocalDate.of(2025, 5, 1);

	private static final LocalDate AUG = LocalDate.of(2025, 8, 31);

	@Test
	void newAndEndedAreSummedOverTheYearsReportsAndActiveCountsEachParticipantOnce() {
		FollowUpYear year = FollowUpYear.of(List.of(
				filed(2, MAY, AUG,
						List.of(count(LegalGender.WOMAN, AgeBand.AGE_20_24, 2, 7, 3),
								count(LegalGender.MAN, AgeBand.AGE_30_39, 1, 4, 0)),
						List.of(outcome(LegalGender.WOMAN, ExitOutcome.WORK, 2),
								outcome(LegalGender.WOMAN, ExitOutcome.OTHER, 1))),
				filed(1, JAN, APR, List.of(count(LegalGender.WOMAN, AgeBand.AGE_20_24, 6, 6, 1)),
						List.of(outcome(LegalGender.WOMAN, ExitOutcome.WORK, 1)))),
				2025)
			.orElseThrow();

		assertThat(year.counts(LegalGender.WOMAN, AgeBand.AGE_20_24)).isEqualTo(new Counts(8, 8, 4));
		assertThat(year.counts(LegalGender.MAN, AgeBand.AGE_30_39)).isEqualTo(new Counts(1, 1, 0));
		assertThat(year.counts(LegalGender.MAN, AgeBand.AGE_16_19)).isEqualTo(new Counts(0, 0, 0));
		assertThat(year.counts(LegalGender.WOMAN)).isEqualTo(new Counts(8, 8, 4));
		assertThat(year.outcome(LegalGender.WOMAN, ExitOutcome.WORK)).isEqualTo(3);
		assertThat(year.outcome(LegalGender.MAN, ExitOutcome.STUDIES)).isZero();
	}

	@Test
	void aReportAcrossTheTurnOfTheYearCountsInNeitherYear() {
		List<InterventionHistory.FiledReport> reports = List.of(filed(1, LocalDate.of(2024, 9, 1), APR,
				List.of(count(LegalGender.WOMAN, AgeBand.AGE_25_29, 5, 5, 0)), List.of()));

		assertThat(FollowUpYear.of(reports, 2024)).isEmpty();
		assertThat(FollowUpYear.of(reports, 2025)).isEmpty();
	}

}
