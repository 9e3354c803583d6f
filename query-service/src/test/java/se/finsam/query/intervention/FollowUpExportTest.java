package se.finsam.query.intervention;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

import se.finsam.events.intervention.AgeBand;
import se.finsam.events.intervention.ExitOutcome;
import se.finsam.events.intervention.LegalGender;
import se.finsam.events.intervention.OutcomeCount;
import se.finsam.events.intervention.ParticipantCount;
import se.finsam.query.intervention.FollowUpExport.Row;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.query.intervention.InterventionViewFixture.count;
import static se.finsam.query.intervention.InterventionViewFixture.filed;
import static se.finsam.query.intervention.InterventionViewFixture.outcome;

/**
 * The export files as plain code: their layout and encoding, and small-number suppression
 * on every count, totals and breakdowns included.
 */
class FollowUpExportTest {

	private static final String NATIONAL_HEADER = "Insats;Projektägare;Nya deltagare kvinnor;Nya deltagare män;Nya deltagare totalt";

	@Test
	void theNationalFileIsUtf8WithAByteOrderMarkSemicolonsCrlfAndASwedishHeader() {
		byte[] file = FollowUpExport.national(List.of(new Row("Navet", "Forshaga kommun",
				figures(List.of(count(LegalGender.WOMAN, AgeBand.AGE_20_24, 12, 12, 0),
						count(LegalGender.MAN, AgeBand.AGE_25_29, 7, 7, 0)), List.of()))));

		assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(text(file)).isEqualTo(NATIONAL_HEADER + "\r\nNavet;Forshaga kommun;12;7;19\r\n");
	}

	@Test
	void everyCountFromOneToFourIsWrittenUnderFiveAndTheTotalIsWithheldZeroStaysZero() {
		List<String> lines = lines(FollowUpExport.national(List.of(
				row("Navet",
						List.of(count(LegalGender.WOMAN, AgeBand.AGE_20_24, 12, 12, 0),
								count(LegalGender.MAN, AgeBand.AGE_25_29, 3, 3, 0))),
				row("Pilot", List.of(count(LegalGender.WOMAN, AgeBand.AGE_20_24, 1, 1, 0))),
				row("Steget",
						List.of(count(LegalGender.WOMAN, AgeBand.AGE_20_24, 2, 2, 0),
								count(LegalGender.MAN, AgeBand.AGE_25_29, 4, 4, 0))),
				row("Tom", List.of()), new Row("Utan rapport", "Region Värmland", null))));

		assertThat(lines).containsExactly(NATIONAL_HEADER, "Navet;Forshaga kommun;12;<5;..",
				"Pilot;Forshaga kommun;<5;0;..", "Steget;Forshaga kommun;<5;<5;..", "Tom;Forshaga kommun;0;0;0",
				"Utan rapport;Region Värmland;;;");
	}

	@Test
	void theBreakdownHasALineForAllAgesThenOneForEachAgeBandPerLegalGender() {
		List<String> lines = lines(FollowUpExport.breakdown(List.of(new Row("Navet", "Forshaga kommun",
				figures(List.of(count(LegalGender.WOMAN, AgeBand.AGE_20_24, 6, 8, 5),
						count(LegalGender.WOMAN, AgeBand.AGE_25_29, 5, 5, 0),
						count(LegalGender.MAN, AgeBand.AGE_30_39, 3, 4, 2)),
						List.of(outcome(LegalGender.WOMAN, ExitOutcome.WORK, 5),
								outcome(LegalGender.MAN, ExitOutcome.WORK, 1),
								outcome(LegalGender.MAN, ExitOutcome.OTHER, 1)))))));

		assertThat(lines).containsExactly(String.join(";", FollowUpExport.BREAKDOWN_HEADER),
				"Navet;Forshaga kommun;Kvinna;Alla åldrar;11;13;5;5;0;0;0",
				"Navet;Forshaga kommun;Kvinna;16–19;0;0;0;;;;", "Navet;Forshaga kommun;Kvinna;20–24;6;8;5;;;;",
				"Navet;Forshaga kommun;Kvinna;25–29;5;5;0;;;;", "Navet;Forshaga kommun;Kvinna;30–39;0;0;0;;;;",
				"Navet;Forshaga kommun;Kvinna;40–49;0;0;0;;;;", "Navet;Forshaga kommun;Kvinna;50–59;0;0;0;;;;",
				"Navet;Forshaga kommun;Kvinna;60–64;0;0;0;;;;",
				"Navet;Forshaga kommun;Man;Alla åldrar;<5;<5;<5;..;..;..;..",
				"Navet;Forshaga kommun;Man;16–19;..;..;..;;;;", "Navet;Forshaga kommun;Man;20–24;..;..;..;;;;",
				"Navet;Forshaga kommun;Man;25–29;..;..;..;;;;", "Navet;Forshaga kommun;Man;30–39;..;..;..;;;;",
				"Navet;Forshaga kommun;Man;40–49;..;..;..;;;;", "Navet;Forshaga kommun;Man;50–59;..;..;..;;;;",
				"Navet;Forshaga kommun;Man;60–64;..;..;..;;;;");
	}

	@Test
	void aBreakdownWithOneSmallPieceIsWithheldWholeWhileTheFigureItBreaksDownStays() {
		List<String> lines = lines(FollowUpExport.breakdown(List.of(row("Navet",
				List.of(count(LegalGender.WOMAN, AgeBand.AGE_20_24, 10, 10, 6),
						count(LegalGender.WOMAN, AgeBand.AGE_40_49, 2, 7, 0)),
				List.of(outcome(LegalGender.WOMAN, ExitOutcome.WORK, 6))))));

		// 12 new women, of whom 10 are 20-24: the 2 aged 40-49 would follow by
		// subtraction.
		assertThat(lines.get(1)).isEqualTo("Navet;Forshaga kommun;Kvinna;Alla åldrar;12;17;6;6;0;0;0");
		assertThat(lines.get(3)).isEqualTo("Navet;Forshaga kommun;Kvinna;20–24;..;10;6;;;;");
		assertThat(lines.get(6)).isEqualTo("Navet;Forshaga kommun;Kvinna;40–49;..;7;0;;;;");
	}

	@Test
	void namesASpreadsheetWouldRunAsFormulasAreDefusedAndSeparatorsQuoted() {
		assertThat(FollowUpExport.cell("=SUMMA(A1:A9)")).isEqualTo("'=SUMMA(A1:A9)");
		assertThat(FollowUpExport.cell("-Steg")).isEqualTo("'-Steg");
		assertThat(FollowUpExport.cell("Steg; för \"steg\"")).isEqualTo("\"Steg; för \"\"steg\"\"\"");
		assertThat(FollowUpExport.cell("Navet")).isEqualTo("Navet");
	}

	@Property
	void noCountFromOneToFourEverAppearsAsANumber(@ForAll("years") List<FollowUpYear> years) {
		List<Row> rows = rows(years);
		List<List<String>> cells = new ArrayList<>();
		lines(FollowUpExport.national(rows)).stream().skip(1).forEach((line) -> cells.add(counts(line, 2)));
		lines(FollowUpExport.breakdown(rows)).stream().skip(1).forEach((line) -> cells.add(counts(line, 4)));

		assertThat(cells).allSatisfy((line) -> assertThat(line)
			.allSatisfy((cell) -> assertThat(cell).matches("0|[1-9][0-9]+|[5-9]|<5|\\.\\.|")));
	}

	/**
	 * Whoever reads both files learns nothing more about a suppressed count than that it
	 * is 1–4: every value from 1 to 4 fits everything else published. The reader knows
	 * every sum the layout implies (women and men make the total; the age bands make the
	 * figure for all ages; the outcomes make those who ended) and that no one is new or
	 * ends without being active.
	 */
	@Property
	void noSuppressedCountCanBeComputedBack(@ForAll("years") List<FollowUpYear> years) {
		List<Row> rows = rows(years);
		Reader reader = new Reader(lines(FollowUpExport.national(rows)), lines(FollowUpExport.breakdown(rows)));

		for (String key : reader.suppressed()) {
			for (int value = 1; value <= 4; value++) {
				assertThat(reader.fits(key, value)).as("%s = %d", key, value).isTrue();
			}
		}
	}

	@Provide
	Arbitrary<List<FollowUpYear>> years() {
		Arbitrary<Integer> cell = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)),
				Tuple.of(3, Arbitraries.integers().between(1, 4)), Tuple.of(3, Arbitraries.integers().between(5, 15)));
		int cells = LegalGender.values().length * AgeBand.values().length * 3;
		return cell.list().ofSize(cells + 8).map(FollowUpExportTest::year).list().ofMinSize(1).ofMaxSize(3);
	}

	/**
	 * Per legal gender and age band: new, active beyond new, ended (at most active); then
	 * per legal gender how the ended split over work, studies and referral, the rest to
	 * other.
	 */
	private static FollowUpYear year(List<Integer> values) {
		List<ParticipantCount> participants = new ArrayList<>();
		List<OutcomeCount> outcomes = new ArrayList<>();
		int next = 0;
		for (LegalGender gender : LegalGender.values()) {
			int ended = 0;
			for (AgeBand band : AgeBand.values()) {
				int newCount = values.get(next++);
				int active = newCount + values.get(next++);
				int endedCount = Math.min(values.get(next++), active);
				ended += endedCount;
				participants.add(count(gender, band, newCount, active, endedCount));
			}
			int left = ended;
			for (ExitOutcome outcome : List.of(ExitOutcome.WORK, ExitOutcome.STUDIES, ExitOutcome.REFERRED_TO_AF)) {
				int count = Math.min(left, values.get(next++));
				outcomes.add(outcome(gender, outcome, count));
				left -= count;
			}
			next++;
			outcomes.add(outcome(gender, ExitOutcome.OTHER, left));
		}
		return figures(participants, outcomes);
	}

	private static List<Row> rows(List<FollowUpYear> years) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < years.size(); i++) {
			rows.add(new Row("Insats " + i, "Forshaga kommun", years.get(i)));
		}
		return rows;
	}

	private static Row row(String name, List<ParticipantCount> participants) {
		return row(name, participants, List.of());
	}

	private static Row row(String name, List<ParticipantCount> participants, List<OutcomeCount> outcomes) {
		return new Row(name, "Forshaga kommun", figures(participants, outcomes));
	}

	private static FollowUpYear figures(List<ParticipantCount> participants, List<OutcomeCount> outcomes) {
		return FollowUpYear
			.of(List.of(filed(1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), participants, outcomes)), 2025)
			.orElseThrow();
	}

	private static String text(byte[] file) {
		return new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
	}

	private static List<String> lines(byte[] file) {
		return List.of(text(file).split("\r\n"));
	}

	private static List<String> counts(String line, int from) {
		List<String> cells = List.of(line.split(";", -1));
		return cells.subList(from, cells.size());
	}

	/**
	 * What a reader of both files knows about one intervention's counts, each as the
	 * range its cell allows: a number itself, {@code <5} 1–4, {@code ..} anything.
	 */
	private static final class Reader {

		/** Unbounded for all purposes here, and far from overflowing when summed. */
		private static final long ANY = 1_000_000_000L;

		private final Map<String, String> cells = new HashMap<>();

		private final List<String> interventions = new ArrayList<>();

		Reader(List<String> national, List<String> breakdown) {
			for (String line : national.subList(1, national.size())) {
				String[] cells = line.split(";", -1);
				this.interventions.add(cells[0]);
				this.cells.put(cells[0] + "|national|women", cells[2]);
				this.cells.put(cells[0] + "|national|men", cells[3]);
				this.cells.put(cells[0] + "|national|total", cells[4]);
			}
			for (String line : breakdown.subList(1, breakdown.size())) {
				String[] cells = line.split(";", -1);
				String[] columns = { "new", "active", "ended", "work", "studies", "af", "other" };
				for (int column = 0; column < columns.length; column++) {
					if (!cells[column + 4].isEmpty()) {
						this.cells.put(cells[0] + "|" + cells[2] + "|" + cells[3] + "|" + columns[column],
								cells[column + 4]);
					}
				}
			}
		}

		List<String> suppressed() {
			return this.cells.entrySet()
				.stream()
				.filter((cell) -> cell.getValue().equals(SmallNumbers.SUPPRESSED))
				.map(Map.Entry::getKey)
				.sorted()
				.toList();
		}

		/** Whether {@code key} could hold {@code value} given every other cell. */
		boolean fits(String key, long value) {
			for (String intervention : this.interventions) {
				if (!fits(intervention, key, value)) {
					return false;
				}
			}
			return true;
		}

		private boolean fits(String intervention, String key, long value) {
			Range women = null;
			Range men = null;
			for (String gender : List.of("Kvinna", "Man")) {
				String prefix = intervention + "|" + gender + "|";
				Range newCount = range(prefix + FollowUpExport.ALL_AGES + "|new", key, value)
					.and(range(intervention + "|national|" + (gender.equals("Kvinna") ? "women" : "men"), key, value))
					.and(sum(prefix, "new", key, value));
				Range active = range(prefix + FollowUpExport.ALL_AGES + "|active", key, value)
					.and(sum(prefix, "active", key, value));
				Range ended = range(prefix + FollowUpExport.ALL_AGES + "|ended", key, value)
					.and(sum(prefix, "ended", key, value));
				Range outcomes = new Range(0, 0);
				for (String outcome : List.of("work", "studies", "af", "other")) {
					outcomes = outcomes.plus(range(prefix + FollowUpExport.ALL_AGES + "|" + outcome, key, value));
				}
				ended = ended.and(outcomes);
				// Active must reach both new and ended.
				if (ended.isEmpty() || active.isEmpty() || ended.low() > active.high()) {
					return false;
				}
				Range possible = newCount.and(new Range(0, active.high()));
				if (gender.equals("Kvinna")) {
					women = possible;
				}
				else {
					men = possible;
				}
			}
			return !women.plus(men).and(range(intervention + "|national|total", key, value)).isEmpty();
		}

		private Range sum(String prefix, String column, String key, long value) {
			Range sum = new Range(0, 0);
			for (AgeBand band : AgeBand.values()) {
				sum = sum.plus(range(prefix + FollowUpExport.label(band) + "|" + column, key, value));
			}
			return sum;
		}

		private Range range(String cell, String key, long value) {
			if (cell.equals(key)) {
				return new Range(value, value);
			}
			String text = this.cells.get(cell);
			return switch (text) {
				case SmallNumbers.SUPPRESSED -> new Range(1, 4);
				case SmallNumbers.WITHHELD -> new Range(0, ANY);
				default -> new Range(Long.parseLong(text), Long.parseLong(text));
			};
		}

	}

	/**
	 * The whole numbers from {@code low} to {@code high}; empty when low is above high.
	 */
	private record Range(long low, long high) {

		Range and(Range other) {
			return new Range(Math.max(this.low, other.low), Math.min(this.high, other.high));
		}

		Range plus(Range other) {
			return new Range(this.low + other.low, this.high + other.high);
		}

		boolean isEmpty() {
			return this.low > this.high;
		}

	}

}
