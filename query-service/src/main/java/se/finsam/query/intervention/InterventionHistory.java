package se.finsam.query.intervention;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import se.finsam.events.AnnualAmount;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.intervention.GoalResult;
import se.finsam.events.intervention.OutcomeCount;
import se.finsam.events.intervention.ParticipantCount;
import se.finsam.events.intervention.ReportDue;
import se.finsam.events.intervention.StepCount;
import se.finsam.query.intervention.InterventionView.DueState;
import se.finsam.query.intervention.InterventionView.Goal;
import se.finsam.query.intervention.InterventionView.ScheduleItem;
import se.finsam.query.intervention.InterventionView.Status;

/**
 * Everything the view keeps of one intervention, with the day each fact counts from, and
 * the intervention as it stood on any day.
 *
 * @param ownerName null while the association's events have not named the owner
 */
record InterventionHistory(Header header, List<BudgetVersion> budgets, List<GoalsVersion> goals,
		List<ExtensionDecision> extensions, List<ScheduleVersion> schedules, List<FiledReport> reports,
		List<Payment> payments, String ownerName) {

	/** The association's day: event timestamps are read as Swedish dates. */
	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	/**
	 * What the intervention row holds.
	 *
	 * @param periodEnd as started; extensions are kept apart
	 * @param closure null until closed, as is {@code closedOn}
	 */
	record Header(String associationId, String interventionId, long version, String name, OrganisationNumber owner,
			InterventionKind kind, String applicationId, DecisionReference decision, LocalDate periodStart,
			LocalDate periodEnd, LocalDate closedOn, DecisionReference closure) {
	}

	record BudgetVersion(long sequence, LocalDate effectiveFrom, DecisionReference decision,
			List<AnnualAmount> amounts) {
	}

	record GoalsVersion(long sequence, LocalDate effectiveFrom, DecisionReference decision, List<Goal> goals) {
	}

	record ExtensionDecision(long sequence, LocalDate newEnd, DecisionReference decision) {
	}

	record ScheduleVersion(long sequence, LocalDate recordedOn, List<ReportDue> dues) {
	}

	record FiledReport(long sequence, UUID reportId, LocalDate periodStart, LocalDate periodEnd, LocalDate filedOn,
			UUID supersedes, Money costsToDate, List<ParticipantCount> participants, List<OutcomeCount> outcomes,
			List<StepCount> steps, List<GoalResult> goalResults, String narrative) {
	}

	record Payment(long sequence, LocalDate paidOn, Money amount) {
	}

	/** Whether the board had decided on the intervention by the end of {@code day}. */
	boolean decidedBy(LocalDate day) {
		return !this.header.decision().meetingDate().isAfter(day);
	}

	/**
	 * The intervention at the end of {@code day}; empty before the decision that started
	 * it.
	 */
	Optional<InterventionView> asOf(LocalDate day) {
		if (!decidedBy(day)) {
			return Optional.empty();
		}
		Header intervention = this.header;
		DecisionReference closure = (intervention.closure() != null
				&& !intervention.closure().meetingDate().isAfter(day)) ? intervention.closure() : null;
		List<FiledReport> filed = filedBy(day);
		Set<UUID> current = current(filed).stream().map(FiledReport::reportId).collect(Collectors.toSet());
		Map<UUID, UUID> supersededBy = filed.stream()
			.filter((report) -> report.supersedes() != null)
			.collect(Collectors.toMap(FiledReport::supersedes, FiledReport::reportId, (first, later) -> later));
		List<ScheduleItem> schedule = schedule(day);
		return Optional.of(new InterventionView(intervention.interventionId(), intervention.associationId(),
				intervention.version(), day, intervention.name(),
				new InterventionView.Owner(intervention.owner(), this.ownerName), intervention.kind(),
				intervention.applicationId(),
				new InterventionView.Started(intervention.decision(), intervention.decision().citation()),
				new InterventionView.Period(intervention.periodStart(), end(day),
						extensionsBy(day).stream()
							.map((extension) -> new InterventionView.Extension(extension.newEnd(), extension.decision(),
									extension.decision().citation()))
							.toList()),
				(closure != null) ? Status.CLOSED : Status.ACTIVE,
				(closure != null)
						? new InterventionView.Closure(intervention.closedOn(), closure, closure.citation()) : null,
				budget(day), goals(day),
				filed.stream()
					.map((report) -> report(report, current.contains(report.reportId()),
							supersededBy.get(report.reportId())))
					.toList(),
				latestResults(day), schedule,
				(int) schedule.stream().filter((item) -> item.state() == DueState.OVERDUE).count()));
	}

	/** The period's end as extended by the decisions taken by the day. */
	LocalDate end(LocalDate day) {
		return extensionsBy(day).stream()
			.reduce((earlier, later) -> later)
			.map(ExtensionDecision::newEnd)
			.orElse(this.header.periodEnd());
	}

	/**
	 * The reports filed by the day that no report filed by the day supersedes, in the
	 * order they were filed.
	 */
	List<FiledReport> currentReports(LocalDate day) {
		return current(filedBy(day));
	}

	private List<FiledReport> filedBy(LocalDate day) {
		return this.reports.stream()
			.filter((report) -> !report.filedOn().isAfter(day))
			.sorted(Comparator.comparing(FiledReport::filedOn).thenComparingLong(FiledReport::sequence))
			.toList();
	}

	private static List<FiledReport> current(List<FiledReport> filed) {
		Set<UUID> superseded = filed.stream()
			.map(FiledReport::supersedes)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return filed.stream().filter((report) -> !superseded.contains(report.reportId())).toList();
	}

	private List<ExtensionDecision> extensionsBy(LocalDate day) {
		return this.extensions.stream()
			.filter((extension) -> !extension.decision().meetingDate().isAfter(day))
			.sorted(Comparator.comparing((ExtensionDecision extension) -> extension.decision().meetingDate())
				.thenComparingLong(ExtensionDecision::sequence))
			.toList();
	}

	private InterventionView.Budget budget(LocalDate day) {
		BudgetVersion budget = latest(this.budgets, (version) -> !version.effectiveFrom().isAfter(day),
				BudgetVersion::effectiveFrom, BudgetVersion::sequence);
		Money total = budget.amounts().stream().map(AnnualAmount::amount).reduce(Money.ZERO, Money::plus);
		List<Payment> paid = this.payments.stream()
			.filter((payment) -> !payment.paidOn().isAfter(day))
			.sorted(Comparator.comparing(Payment::paidOn).thenComparingLong(Payment::sequence))
			.toList();
		Money disbursed = paid.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
		return new InterventionView.Budget(budget.decision().citation(),
				budget.amounts().stream().sorted(Comparator.comparingInt(AnnualAmount::year)).toList(), total,
				disbursed, total.minus(disbursed),
				paid.stream()
					.map((payment) -> new InterventionView.Disbursement(payment.paidOn(), payment.amount()))
					.toList());
	}

	private InterventionView.Goals goals(LocalDate day) {
		GoalsVersion goals = latest(this.goals, (version) -> !version.effectiveFrom().isAfter(day),
				GoalsVersion::effectiveFrom, GoalsVersion::sequence);
		return new InterventionView.Goals(goals.decision().citation(), goals.goals());
	}

	/**
	 * The version in force: the latest by the day it counts from, then as recorded. The
	 * start's own version counts from the start's decision, so there always is one.
	 */
	private static <T> T latest(List<T> versions, Predicate<T> effective, Function<T, LocalDate> from,
			ToLongFunction<T> sequence) {
		return versions.stream()
			.filter(effective)
			.max(Comparator.comparing(from).thenComparingLong(sequence))
			.orElseThrow();
	}

	/**
	 * The current report that reaches furthest: its period ends last, then filed last.
	 */
	private InterventionView.LatestResults latestResults(LocalDate day) {
		return currentReports(day).stream()
			.max(Comparator.comparing(FiledReport::periodEnd)
				.thenComparing(FiledReport::filedOn)
				.thenComparingLong(FiledReport::sequence))
			.map((report) -> new InterventionView.LatestResults(report.reportId(), report.periodStart(),
					report.periodEnd(), report.filedOn(), goalResults(report)))
			.orElse(null);
	}

	/**
	 * The schedule in force on the day (the latest recorded by then), each item with its
	 * state. An item is filed when a current report filed by the day covers its period's
	 * end; a correction filed later keeps it filed, since the corrected report no longer
	 * counts. Otherwise it is overdue once the day is after its due date.
	 */
	private List<ScheduleItem> schedule(LocalDate day) {
		Optional<ScheduleVersion> schedule = this.schedules.stream()
			.filter((version) -> !version.recordedOn().isAfter(day))
			.max(Comparator.comparing(ScheduleVersion::recordedOn).thenComparingLong(ScheduleVersion::sequence));
		if (schedule.isEmpty()) {
			return List.of();
		}
		List<FiledReport> current = currentReports(day);
		return schedule.get()
			.dues()
			.stream()
			.sorted(Comparator.comparing(ReportDue::due).thenComparing(ReportDue::periodEnd))
			.map((due) -> {
				Optional<FiledReport> covering = current.stream()
					.filter((report) -> !report.periodStart().isAfter(due.periodEnd())
							&& !report.periodEnd().isBefore(due.periodEnd()))
					.findFirst();
				DueState state = covering.isPresent() ? DueState.FILED
						: day.isAfter(due.due()) ? DueState.OVERDUE : DueState.DUE;
				return new ScheduleItem(due.due(), due.periodEnd(), due.kind(), state,
						covering.map(FiledReport::reportId).orElse(null));
			})
			.toList();
	}

	private static InterventionView.Report report(FiledReport report, boolean current, UUID supersededBy) {
		return new InterventionView.Report(report.reportId(), report.periodStart(), report.periodEnd(),
				report.filedOn(), report.supersedes(), current, current ? null : supersededBy, report.costsToDate(),
				report.participants(), report.outcomes(), report.steps(), goalResults(report), report.narrative());
	}

	private static List<InterventionView.GoalResult> goalResults(FiledReport report) {
		return report.goalResults()
			.stream()
			.map((result) -> new InterventionView.GoalResult(result.goal(), result.measure(),
					(result.value() != null) ? result.value().toPlainString() : null,
					(result.target() != null) ? result.target().toPlainString() : null, result.met()))
			.toList();
	}

}
