package se.finsam.query.intervention;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.finsam.events.intervention.AgeBand;
import se.finsam.events.intervention.ExitOutcome;
import se.finsam.events.intervention.LegalGender;
import se.finsam.events.intervention.OutcomeCount;
import se.finsam.events.intervention.ParticipantCount;
import se.finsam.query.intervention.InterventionHistory.FiledReport;

/**
 * One intervention's participants in a calendar year, from its current reports whose
 * period lies in the year (a report across the turn of the year counts in neither).
 * Reports are taken to cover periods that follow each other without overlapping, as a
 * report schedule asks for them.
 *
 * <p>
 * New, ended and the outcomes are flows: the year's figure is the sum over its reports.
 * Active is not: someone active in two periods is in both reports. Everyone active in the
 * year was active in its first report's period or started later, so the year's active
 * participants are the first report's active plus the later reports' new.
 */
record FollowUpYear(Map<LegalGender, Map<AgeBand, Counts>> byAge,
		Map<LegalGender, Map<ExitOutcome, Integer>> outcomes) {

	private static final Counts NONE = new Counts(0, 0, 0);

	/** One cell's counts. */
	record Counts(int newCount, int active, int ended) {

		Counts plus(Counts other) {
			return new Counts(this.newCount + other.newCount, this.active + other.active, this.ended + other.ended);
		}

	}

	/** The year's figures; empty when no current report lies in the year. */
	static Optional<FollowUpYear> of(List<FiledReport> currentReports, int year) {
		List<FiledReport> reports = currentReports.stream()
			.filter((report) -> report.periodStart().getYear() == year && report.periodEnd().getYear() == year)
			.sorted(Comparator.comparing(FiledReport::periodStart)
				.thenComparing(FiledReport::periodEnd)
				.thenComparing(FiledReport::filedOn)
				.thenComparingLong(FiledReport::sequence))
			.toList();
		if (reports.isEmpty()) {
			return Optional.empty();
		}
		Map<LegalGender, Map<AgeBand, Counts>> byAge = new EnumMap<>(LegalGender.class);
		Map<LegalGender, Map<ExitOutcome, Integer>> outcomes = new EnumMap<>(LegalGender.class);
		for (FiledReport report : reports) {
			boolean first = report == reports.get(0);
			for (ParticipantCount count : report.participants()) {
				Counts counts = new Counts(count.newCount(), first ? count.activeCount() : count.newCount(),
						count.endedCount());
				byAge.computeIfAbsent(count.gender(), (gender) -> new EnumMap<>(AgeBand.class))
					.merge(count.ageBand(), counts, Counts::plus);
			}
			for (OutcomeCount count : report.outcomes()) {
				outcomes.computeIfAbsent(count.gender(), (gender) -> new EnumMap<>(ExitOutcome.class))
					.merge(count.outcome(), count.count(), Integer::sum);
			}
		}
		return Optional.of(new FollowUpYear(byAge, outcomes));
	}

	Counts counts(LegalGender gender, AgeBand band) {
		return this.byAge.getOrDefault(gender, Map.of()).getOrDefault(band, NONE);
	}

	/** All age bands of one legal gender together. */
	Counts counts(LegalGender gender) {
		return this.byAge.getOrDefault(gender, Map.of()).values().stream().reduce(NONE, Counts::plus);
	}

	int outcome(LegalGender gender, ExitOutcome outcome) {
		return this.outcomes.getOrDefault(gender, Map.of()).getOrDefault(outcome, 0);
	}

}
