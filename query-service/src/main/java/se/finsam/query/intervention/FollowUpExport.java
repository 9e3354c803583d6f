package se.finsam.query.intervention;

import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import se.finsam.events.intervention.AgeBand;
import se.finsam.events.intervention.ExitOutcome;
import se.finsam.events.intervention.LegalGender;
import se.finsam.query.intervention.FollowUpYear.Counts;

/**
 * The national follow-up exports as CSV for Swedish spreadsheet tools: UTF-8 with a byte
 * order mark (without it they read the file as Windows-1252), {@code ;} between cells
 * (the comma is the decimal separator), lines ended by CRLF, a Swedish header row. Every
 * count goes through {@link SmallNumbers}. The layouts are described, column by column,
 * in docs/national-follow-up-export.md.
 */
final class FollowUpExport {

	static final List<String> NATIONAL_HEADER = List.of("Insats", "Projektägare", "Nya deltagare kvinnor",
			"Nya deltagare män", "Nya deltagare totalt");

	static final List<String> BREAKDOWN_HEADER = List.of("Insats", "Projektägare", "Juridiskt kön", "Åldersgrupp",
			"Nya deltagare", "Aktiva deltagare", "Avslutade deltagare", "Avslutade till arbete",
			"Avslutade till studier", "Avslutade till Arbetsförmedlingen", "Avslutade till annat");

	static final String ALL_AGES = "Alla åldrar";

	private static final Map<LegalGender, String> GENDERS = Map.of(LegalGender.WOMAN, "Kvinna", LegalGender.MAN, "Man");

	private static final List<ExitOutcome> OUTCOMES = List.of(ExitOutcome.WORK, ExitOutcome.STUDIES,
			ExitOutcome.REFERRED_TO_AF, ExitOutcome.OTHER);

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private FollowUpExport() {
	}

	/**
	 * One intervention in an export.
	 *
	 * @param figures null when no current report lies in the year: its counts are left
	 * empty, which is not the same as zero
	 */
	record Row(String intervention, String owner, FollowUpYear figures) {
	}

	/**
	 * The interventions of a year as they stood on {@code day}, in Swedish alphabetical
	 * order: each the board had decided on by then whose period (as extended) reaches
	 * into the year or that has a current report for it.
	 */
	static List<Row> rows(List<InterventionHistory> histories, int year, LocalDate day) {
		Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
		return histories.stream()
			.filter((history) -> history.decidedBy(day))
			.sorted(Comparator.comparing((InterventionHistory history) -> history.header().name(), swedish)
				.thenComparing((history) -> history.header().interventionId()))
			.flatMap((history) -> {
				FollowUpYear figures = FollowUpYear.of(history.currentReports(day), year).orElse(null);
				boolean running = history.header().periodStart().getYear() <= year
						&& history.end(day).getYear() >= year;
				String owner = Objects.requireNonNullElse(history.ownerName(), history.header().owner().value());
				return (running || figures != null) ? Stream.of(new Row(history.header().name(), owner, figures))
						: Stream.empty();
			})
			.toList();
	}

	/** One line per intervention: new participants, women, men and both. */
	static byte[] national(List<Row> rows) {
		List<List<String>> lines = new ArrayList<>();
		lines.add(NATIONAL_HEADER);
		for (Row row : rows) {
			FollowUpYear figures = row.figures();
			if (figures == null) {
				lines.add(List.of(row.intervention(), row.owner(), "", "", ""));
				continue;
			}
			int women = figures.counts(LegalGender.WOMAN).newCount();
			int men = figures.counts(LegalGender.MAN).newCount();
			lines.add(List.of(row.intervention(), row.owner(), SmallNumbers.count(women), SmallNumbers.count(men),
					SmallNumbers.total(women, men)));
		}
		return csv(lines);
	}

	/**
	 * Per intervention and legal gender, a line for all ages (new, active, ended and
	 * where those who ended went), then a line per age band (new, active, ended: the
	 * reports give outcomes per legal gender only).
	 */
	static byte[] breakdown(List<Row> rows) {
		List<List<String>> lines = new ArrayList<>();
		lines.add(BREAKDOWN_HEADER);
		for (Row row : rows) {
			for (LegalGender gender : LegalGender.values()) {
				lines.addAll(breakdown(row, gender));
			}
		}
		return csv(lines);
	}

	private static List<List<String>> breakdown(Row row, LegalGender gender) {
		List<String> start = List.of(row.intervention(), row.owner(), GENDERS.get(gender));
		FollowUpYear figures = row.figures();
		List<List<String>> lines = new ArrayList<>();
		if (figures == null) {
			lines.add(line(start, ALL_AGES, List.of("", "", "", "", "", "", "")));
			for (AgeBand band : AgeBand.values()) {
				lines.add(line(start, label(band), List.of("", "", "", "", "", "", "")));
			}
			return lines;
		}
		Counts all = figures.counts(gender);
		List<String> outcomes = SmallNumbers
			.breakdown(OUTCOMES.stream().map((outcome) -> figures.outcome(gender, outcome)).toList());
		lines.add(line(start, ALL_AGES, Stream.concat(Stream.of(SmallNumbers.count(all.newCount()),
				SmallNumbers.count(all.active()), SmallNumbers.count(all.ended())), outcomes.stream())
			.toList()));
		List<Counts> bands = Stream.of(AgeBand.values()).map((band) -> figures.counts(gender, band)).toList();
		List<String> newCounts = SmallNumbers.breakdown(bands.stream().map(Counts::newCount).toList());
		List<String> active = SmallNumbers.breakdown(bands.stream().map(Counts::active).toList());
		List<String> ended = SmallNumbers.breakdown(bands.stream().map(Counts::ended).toList());
		for (int i = 0; i < bands.size(); i++) {
			lines.add(line(start, label(AgeBand.values()[i]),
					List.of(newCounts.get(i), active.get(i), ended.get(i), "", "", "", "")));
		}
		return lines;
	}

	private static List<String> line(List<String> start, String ageBand, List<String> counts) {
		List<String> line = new ArrayList<>(start);
		line.add(ageBand);
		line.addAll(counts);
		return line;
	}

	/**
	 * {@code AGE_16_19} as {@code 16–19}: the dash keeps spreadsheets from reading a
	 * date.
	 */
	static String label(AgeBand band) {
		String[] ages = band.name().split("_");
		return ages[1] + "–" + ages[2];
	}

	private static byte[] csv(List<List<String>> lines) {
		StringBuilder text = new StringBuilder();
		for (List<String> line : lines) {
			text.append(String.join(";", line.stream().map(FollowUpExport::cell).toList())).append("\r\n");
		}
		byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, file, 0, BOM.length);
		System.arraycopy(body, 0, file, BOM.length, body.length);
		return file;
	}

	/**
	 * Quoted when it holds a separator, a quote or a line break. A name that a
	 * spreadsheet would run as a formula gets a leading apostrophe, so that a name typed
	 * into an application cannot run in the reader's spreadsheet.
	 */
	static String cell(String value) {
		String text = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
