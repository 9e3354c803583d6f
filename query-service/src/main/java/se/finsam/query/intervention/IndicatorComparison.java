package se.finsam.query.intervention;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import se.finsam.events.indicator.IndicatorResult.GenderResult;
import se.finsam.query.intervention.IndicatorTargets.Target;

/**
 * A year's indicator results as recorded, with the targets of the plan for the year, and
 * the comparison as it stood on any day.
 *
 * @param names the interventions' names, by id
 */
record IndicatorComparison(String associationId, int year, List<Recorded> recorded, Map<Integer, Target> targets,
		Map<UUID, String> names) {

	/**
	 * One indicator's result as one event recorded it.
	 *
	 * @param interventionId null for the association as a whole
	 */
	record Recorded(UUID interventionId, int indicator, Instant recordedAt, GenderResult women, GenderResult men) {
	}

	/** Whether there is anything to show for the year at all. */
	boolean isEmpty() {
		return this.recorded.isEmpty() && this.targets.isEmpty();
	}

	/**
	 * Results count from the Swedish day they were recorded; a later record of the same
	 * indicator for the same intervention (or the association) replaces an earlier one.
	 * The targets are the plan's as last set: they describe the plan, not a day.
	 */
	IndicatorView asOf(LocalDate day) {
		Map<UUID, Map<Integer, Recorded>> latest = new LinkedHashMap<>();
		for (Recorded result : this.recorded) {
			if (!LocalDate.ofInstant(result.recordedAt(), InterventionHistory.SWEDEN).isAfter(day)) {
				latest.computeIfAbsent(result.interventionId(), (id) -> new TreeMap<>())
					.put(result.indicator(), result);
			}
		}
		Map<Integer, Recorded> association = latest.getOrDefault(null, Map.of());
		TreeSet<Integer> indicators = new TreeSet<>(association.keySet());
		indicators.addAll(this.targets.keySet());
		List<IndicatorView.Indicator> forAssociation = indicators.stream()
			.map((indicator) -> indicator(indicator, association.get(indicator)))
			.toList();
		Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
		List<IndicatorView.InterventionIndicators> forInterventions = new ArrayList<>();
		latest.entrySet()
			.stream()
			.filter((entry) -> entry.getKey() != null)
			.sorted(Comparator
				.comparing((Map.Entry<UUID, Map<Integer, Recorded>> entry) -> Objects
					.requireNonNullElse(this.names.get(entry.getKey()), ""), swedish)
				.thenComparing(Map.Entry::getKey))
			.forEach((entry) -> forInterventions
				.add(new IndicatorView.InterventionIndicators(entry.getKey().toString(), this.names.get(entry.getKey()),
						entry.getValue()
							.values()
							.stream()
							.map((result) -> indicator(result.indicator(), result))
							.toList())));
		return new IndicatorView(this.associationId, this.year, day, forAssociation, List.copyOf(forInterventions));
	}

	private IndicatorView.Indicator indicator(int indicator, Recorded result) {
		Target target = this.targets.get(indicator);
		BigDecimal share = (target != null) ? target.share() : null;
		return new IndicatorView.Indicator(indicator, percent(share), (target != null) ? target.goals() : List.of(),
				(result != null) ? gender(result.women(), share) : null,
				(result != null) ? gender(result.men(), share) : null);
	}

	private static IndicatorView.GenderResult gender(GenderResult result, BigDecimal target) {
		if (result == null) {
			return null;
		}
		BigDecimal share = result.shareAgreeing();
		Boolean met = (target != null && share != null) ? share.compareTo(target) >= 0 : null;
		return new IndicatorView.GenderResult(result.respondents(), percent(share), met);
	}

	private static String percent(BigDecimal share) {
		return (share != null) ? share.setScale(1, RoundingMode.HALF_UP).toPlainString() : null;
	}

}
