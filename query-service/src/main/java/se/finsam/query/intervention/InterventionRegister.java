package se.finsam.query.intervention;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import se.finsam.events.InterventionKind;
import se.finsam.events.OrganisationNumber;
import se.finsam.query.intervention.InterventionView.Owner;
import se.finsam.query.intervention.InterventionView.Status;

/**
 * The association's funded interventions on one day ({@code asOf}): those the board had
 * decided on by then, filtered and sorted as asked.
 */
public record InterventionRegister(String associationId, LocalDate asOf, List<Entry> interventions) {

	/**
	 * One intervention in the register.
	 *
	 * @param end as extended by the day
	 * @param latestReportFiledOn the day the latest report filed by the day was filed (a
	 * correction too); null before the first
	 * @param overdue how many scheduled reports are overdue on the day
	 */
	public record Entry(String interventionId, String name, Owner owner, InterventionKind kind, LocalDate start,
			LocalDate end, Status status, LocalDate latestReportFiledOn, int overdue) {
	}

	/** How the register may be sorted; names in Swedish alphabetical order. */
	enum Sort {

		/** By name. */
		NAME,
		/** By the owner's name, then by name. */
		OWNER,
		/** By the period's start, then by name. */
		START,
		/** Most overdue reports first, then by name. */
		OVERDUE

	}

	/**
	 * Which interventions to list; each criterion null (or false) to list all.
	 *
	 * @param overdue only those with an overdue report
	 */
	record Filter(Status status, OrganisationNumber owner, boolean overdue) {

		boolean admits(Entry entry) {
			return (this.status == null || entry.status() == this.status)
					&& (this.owner == null || entry.owner().organisationNumber().equals(this.owner))
					&& (!this.overdue || entry.overdue() > 0);
		}

	}

	static InterventionRegister of(String associationId, LocalDate day, List<InterventionHistory> histories,
			Filter filter, Sort sort) {
		List<Entry> entries = histories.stream()
			.flatMap((history) -> history.asOf(day).stream())
			.map((view) -> new Entry(view.interventionId(), view.name(), view.owner(), view.kind(),
					view.period().start(), view.period().end(), view.status(),
					view.reports()
						.stream()
						.map(InterventionView.Report::filedOn)
						.max(Comparator.naturalOrder())
						.orElse(null),
					view.overdue()))
			.filter(filter::admits)
			.sorted(order(sort))
			.toList();
		return new InterventionRegister(associationId, day, entries);
	}

	private static Comparator<Entry> order(Sort sort) {
		Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
		Comparator<Entry> byName = Comparator.comparing(Entry::name, swedish).thenComparing(Entry::interventionId);
		return switch (sort) {
			case NAME -> byName;
			case OWNER -> Comparator.comparing((Entry entry) -> Objects.requireNonNullElse(entry.owner().name(),
					entry.owner().organisationNumber().value()), swedish)
				.thenComparing(byName);
			case START -> Comparator.comparing(Entry::start).thenComparing(byName);
			case OVERDUE -> Comparator.comparingInt(Entry::overdue).reversed().thenComparing(byName);
		};
	}

}
