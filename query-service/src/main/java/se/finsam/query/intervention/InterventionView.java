package se.finsam.query.intervention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import se.finsam.events.AnnualAmount;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.intervention.GoalMeasure;
import se.finsam.events.intervention.OutcomeCount;
import se.finsam.events.intervention.ParticipantCount;
import se.finsam.events.intervention.ReportDue.ReportKind;
import se.finsam.events.intervention.StepCount;

/**
 * A funded intervention as the read API shows it on one day ({@code asOf}). Amounts are
 * {@link Money} (strings with two decimals), per cents and goal values strings, so that
 * no reader turns them into floating-point numbers. Participant counts are shown as
 * filed: this answer is for the association's own staff and auditors; the exports
 * suppress small numbers.
 */
public record InterventionView(String interventionId, String associationId, long version, LocalDate asOf, String name,
		Owner owner, InterventionKind kind, String applicationId, Started started, Period period, Status status,
		Closure closure, Budget budget, Goals goals, List<Report> reports, LatestResults latestResults,
		List<ScheduleItem> schedule, int overdue) {

	public enum Status {

		ACTIVE, CLOSED

	}

	/** Whether a scheduled report is in; see {@link ScheduleItem}. */
	public enum DueState {

		FILED, DUE, OVERDUE

	}

	/**
	 * @param name null for an organisation the association's events have not named
	 */
	public record Owner(OrganisationNumber organisationNumber, String name) {
	}

	/** The board decision that started the intervention. */
	public record Started(DecisionReference decision, String citation) {
	}

	/**
	 * @param end as extended by the decisions in {@code extensions} taken by the day
	 */
	public record Period(LocalDate start, LocalDate end, List<Extension> extensions) {
	}

	public record Extension(LocalDate newEnd, DecisionReference decision, String citation) {
	}

	/**
	 * @param closedOn the day the decision gives; the status counts from the meeting
	 */
	public record Closure(LocalDate closedOn, DecisionReference decision, String citation) {
	}

	/**
	 * The budget in force: as started or as last changed by a decision taken by the day.
	 *
	 * @param remaining the total less what has been paid by the day
	 */
	public record Budget(String citation, List<AnnualAmount> years, Money total, Money disbursed, Money remaining,
			List<Disbursement> disbursements) {
	}

	public record Disbursement(LocalDate paidOn, Money amount) {
	}

	/** The goals in force: as started or as last set by a decision taken by the day. */
	public record Goals(String citation, List<Goal> items) {
	}

	/**
	 * A measurable goal.
	 *
	 * @param targetText the target in words: as the grant worded it, or (for goals the
	 * board set with a measure) written from the measure, e.g. {@code minst 80 %}
	 * @param measure null for a goal followed up in words only, as are {@code atLeast}
	 * and {@code target}
	 * @param target per cent for shares, a number for counts
	 */
	public record Goal(String description, String targetText, GoalMeasure measure, Boolean atLeast, String target) {
	}

	/**
	 * A report filed by the day.
	 *
	 * @param current false once a later report filed by the day supersedes it
	 * @param supersededBy that report; null while current
	 */
	public record Report(UUID reportId, LocalDate periodStart, LocalDate periodEnd, LocalDate filedOn, UUID supersedes,
			boolean current, UUID supersededBy, Money costsToDate, List<ParticipantCount> participants,
			List<OutcomeCount> outcomes, List<StepCount> steps, List<GoalResult> goalResults, String narrative) {
	}

	/**
	 * A goal's fulfilment as the report computed it.
	 *
	 * @param value null when the period had nothing to compute it from
	 */
	public record GoalResult(int goal, GoalMeasure measure, String value, String target, Boolean met) {
	}

	/** The goal results of the current report that reaches furthest. */
	public record LatestResults(UUID reportId, LocalDate periodStart, LocalDate periodEnd, LocalDate filedOn,
			List<GoalResult> goalResults) {
	}

	/**
	 * A report the owner is to file, by {@code due}, covering the intervention up to
	 * {@code periodEnd}.
	 *
	 * @param reportId the current report that covers it; null unless {@code FILED}
	 */
	public record ScheduleItem(LocalDate due, LocalDate periodEnd, ReportKind kind, DueState state, UUID reportId) {
	}

}
