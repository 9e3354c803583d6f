package se.finsam.command.intervention;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import se.finsam.command.association.AssociationDirectory;
import se.finsam.command.shared.RuleViolation;
import se.finsam.command.shared.StateConflict;
import se.finsam.events.AnnualAmount;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;
import se.finsam.events.Money;
import se.finsam.events.intervention.DisbursementRecorded;
import se.finsam.events.intervention.InterventionBudgetChanged;
import se.finsam.events.intervention.InterventionClosed;
import se.finsam.events.intervention.InterventionExtended;
import se.finsam.events.intervention.InterventionGoal;
import se.finsam.events.intervention.InterventionGoalsSet;
import se.finsam.events.intervention.InterventionReportFiled;
import se.finsam.events.intervention.InterventionStarted;
import se.finsam.events.intervention.ReportDue;
import se.finsam.events.intervention.ReportScheduleSet;
import se.finsam.platform.format.Kronor;

/**
 * A funded intervention: what the association's money pays for. Started, changed and
 * closed by board decisions; between them the project owner reports on it, in counts
 * only, and the association pays out its budget, never more.
 */
@Aggregate
class Intervention {

	@AggregateIdentifier
	private InterventionId interventionId;

	private AssociationId associationId;

	private DecisionReference startedBy;

	private LocalDate start;

	private LocalDate end;

	private Money budget;

	private Money disbursed = Money.ZERO;

	private List<InterventionGoal> goals = List.of();

	/** The reports that count: each filed report until a correction supersedes it. */
	private final Map<UUID, Period> currentReports = new LinkedHashMap<>();

	private InterventionClosed closed;

	Intervention() {
		// For Axon, which rebuilds the intervention from its events.
	}

	@CommandHandler
	Intervention(StartIntervention command, AssociationDirectory associations) {
		RuleViolation.Collector rules = new RuleViolation.Collector();
		rules.check(command.name() != null && !command.name().isBlank(), "intervention.name-blank", "name",
				"Ange insatsens namn.");
		rules.check(associations.find(command.associationId()).isMember(command.owner()),
				"intervention.owner-not-member", "owner", "Projektägaren ska vara en av förbundets medlemmar.");
		rules.check(!command.period().end().isBefore(command.period().start()), "intervention.period-order", "period",
				"Insatsen kan inte sluta före den börjar.");
		InterventionChecks.budget(command.budget(), command.period().start(), command.period().end(), rules);
		rules.throwIfAny();
		AggregateLifecycle.apply(new InterventionStarted(command.interventionId(), command.associationId(),
				command.decision(), command.application(), command.name().strip(), command.owner(), command.kind(),
				command.period(), command.budget(), command.targetGroup(), command.goals(), command.steeringGroup(),
				command.conditions(), command.method()));
	}

	@CommandHandler
	long handle(SetInterventionGoals command) {
		requireOpen();
		RuleViolation.Collector rules = new RuleViolation.Collector();
		checkDecision(command.decision(), rules);
		InterventionChecks.goals(command.goals(), rules);
		rules.throwIfAny();
		List<InterventionGoal> goals = command.goals()
			.stream()
			.map((goal) -> new InterventionGoal(goal.description().strip(), goal.measure(), goal.atLeast(),
					goal.target()))
			.toList();
		AggregateLifecycle
			.apply(new InterventionGoalsSet(this.interventionId, this.associationId, goals, command.decision()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(ExtendIntervention command) {
		requireOpen();
		RuleViolation.Collector rules = new RuleViolation.Collector();
		checkDecision(command.decision(), rules);
		rules.check(command.newEnd().isAfter(this.end), "intervention.extension-not-later", "newEnd",
				"Insatsen slutar redan " + this.end + "; en förlängning ger ett senare slutdatum.");
		rules.throwIfAny();
		AggregateLifecycle.apply(new InterventionExtended(this.interventionId, this.associationId, command.newEnd(),
				command.decision()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(ChangeInterventionBudget command) {
		requireOpen();
		RuleViolation.Collector rules = new RuleViolation.Collector();
		checkDecision(command.decision(), rules);
		InterventionChecks.budget(command.budget(), this.start, this.end, rules);
		Money total = total(command.budget());
		rules.check(total.compareTo(this.disbursed) >= 0, "intervention.budget-below-disbursed", "budget",
				"Redan utbetalt är " + Kronor.format(this.disbursed) + "; budgeten kan inte bli lägre än så (nu "
						+ Kronor.format(total) + ").");
		rules.throwIfAny();
		AggregateLifecycle.apply(new InterventionBudgetChanged(this.interventionId, this.associationId,
				command.budget(), command.decision()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(CloseIntervention command) {
		requireOpen();
		RuleViolation.Collector rules = new RuleViolation.Collector();
		checkDecision(command.decision(), rules);
		rules.check(!command.closedOn().isBefore(this.start), "intervention.close-before-start", "closedOn",
				"Insatsen började " + this.start + " och kan inte avslutas före dess.");
		rules.throwIfAny();
		AggregateLifecycle.apply(new InterventionClosed(this.interventionId, this.associationId, command.closedOn(),
				command.decision()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(SetReportSchedule command) {
		requireOpen();
		RuleViolation.Collector rules = new RuleViolation.Collector();
		Set<LocalDate> periodEnds = new HashSet<>();
		for (int i = 0; i < command.dues().size(); i++) {
			ReportDue due = command.dues().get(i);
			String field = "dues[" + i + "]";
			rules.check(!due.due().isBefore(this.start), "intervention.schedule-due-before-start", field + ".due",
					"En rapport kan inte begäras före insatsen börjar (" + this.start + ").");
			rules.check(inside(due.periodEnd()), "intervention.schedule-period-end", field + ".periodEnd",
					"Perioden en rapport täcker ska sluta inom insatsens period, " + this.start + "–" + this.end + ".");
			rules.check(periodEnds.add(due.periodEnd()), "intervention.schedule-duplicate", field + ".periodEnd",
					"Två rapporter kan inte täcka perioden fram till samma dag (" + due.periodEnd() + ").");
		}
		rules.throwIfAny();
		AggregateLifecycle.apply(new ReportScheduleSet(this.interventionId, this.associationId, command.dues()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(FileReport command) {
		requireOpen();
		RuleViolation.Collector rules = new RuleViolation.Collector();
		Period period = new Period(command.periodStart(), command.periodEnd());
		rules.check(!period.end().isBefore(period.start()) && inside(period.start()) && inside(period.end()),
				"intervention.report-period", "periodStart", "Rapportperioden ska ligga inom insatsens period, "
						+ this.start + "–" + this.end + ", och kan inte sluta före den börjar.");
		rules.check(period.start().getYear() == period.end().getYear(), "intervention.report-calendar-year",
				"periodEnd", "En rapport gäller ett kalenderår i taget; dela upp perioden vid årsskiftet.");
		rules.check(!period.end().isAfter(command.filedOn()), "intervention.report-period-not-ended", "periodEnd",
				"Perioden slutar " + period.end() + "; rapporten lämnas när den är slut.");
		rules.check(command.supersedes() == null || this.currentReports.containsKey(command.supersedes()),
				"intervention.report-supersedes", "supersedes",
				"Rapporten som ska rättas finns inte för insatsen eller är redan ersatt av en rättelse.");
		Period overlapping = this.currentReports.entrySet()
			.stream()
			.filter((report) -> !report.getKey().equals(command.supersedes()) && report.getValue().overlaps(period))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		rules.check(overlapping == null, "intervention.report-overlap", "periodStart",
				"Det finns redan en rapport för " + overlapping + "; en rättelse anger vilken rapport den ersätter.");
		InterventionChecks.report(command, rules);
		rules.throwIfAny();
		AggregateLifecycle.apply(new InterventionReportFiled(this.interventionId, this.associationId,
				command.reportId(), period.start(), period.end(), command.filedOn(), command.supersedes(),
				command.costsToDate(), command.participants(), command.outcomes(), command.steps(),
				GoalFulfilment.of(this.goals, command.participants(), command.outcomes(), command.steps()),
				(command.narrative() != null) ? command.narrative().strip() : ""));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(RecordDisbursement command) {
		requireOpen();
		RuleViolation.Collector rules = new RuleViolation.Collector();
		Money remaining = this.budget.minus(this.disbursed);
		rules.check(command.amount().isPositive(), "intervention.disbursement-amount", "amount",
				"En utbetalning ska vara större än 0 kr.");
		rules.check(command.amount().compareTo(remaining) <= 0, "intervention.disbursement-exceeds-grant", "amount",
				"Utbetalningen (" + Kronor.format(command.amount())
						+ ") är mer än det som återstår av insatsens budget: " + Kronor.format(remaining) + ".");
		rules.throwIfAny();
		AggregateLifecycle.apply(new DisbursementRecorded(this.interventionId, this.associationId, command.paidOn(),
				command.amount(), remaining.minus(command.amount())));
		return AggregateLifecycle.getVersion();
	}

	/**
	 * Whether the intervention belongs to the association: other aggregates ask before
	 * they record anything about it.
	 */
	boolean belongsTo(AssociationId association) {
		return this.associationId.equals(association);
	}

	/**
	 * A change decided before the intervention existed would break the minutes' order.
	 */
	private void checkDecision(DecisionReference decision, RuleViolation.Collector rules) {
		rules.check(!decision.meetingDate().isBefore(this.startedBy.meetingDate()),
				"intervention.decision-before-start", "decision",
				"Beslutet kan inte vara fattat före beslutet som startade insatsen (" + this.startedBy.citation()
						+ ").");
	}

	private void requireOpen() {
		if (this.closed != null) {
			throw new StateConflict("intervention.closed", "Insatsen avslutades " + this.closed.closedOn() + " ("
					+ this.closed.decision().citation() + "); inget mer registreras på den.");
		}
	}

	private boolean inside(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(this.end);
	}

	private static Money total(List<AnnualAmount> budget) {
		return budget.stream().map(AnnualAmount::amount).reduce(Money.ZERO, Money::plus);
	}

	@EventSourcingHandler
	void on(InterventionStarted event) {
		this.interventionId = event.interventionId();
		this.associationId = event.associationId();
		this.startedBy = event.decision();
		this.start = event.period().start();
		this.end = event.period().end();
		this.budget = total(event.budget());
	}

	@EventSourcingHandler
	void on(InterventionGoalsSet event) {
		this.goals = event.goals();
	}

	@EventSourcingHandler
	void on(InterventionExtended event) {
		this.end = event.newEnd();
	}

	@EventSourcingHandler
	void on(InterventionBudgetChanged event) {
		this.budget = total(event.budget());
	}

	@EventSourcingHandler
	void on(InterventionReportFiled event) {
		if (event.supersedes() != null) {
			this.currentReports.remove(event.supersedes());
		}
		this.currentReports.put(event.reportId(), new Period(event.periodStart(), event.periodEnd()));
	}

	@EventSourcingHandler
	void on(DisbursementRecorded event) {
		this.disbursed = this.disbursed.plus(event.amount());
	}

	@EventSourcingHandler
	void on(InterventionClosed event) {
		this.closed = event;
	}

	/** The days a report covers, both included. */
	private record Period(LocalDate start, LocalDate end) {

		boolean overlaps(Period other) {
			return !this.start.isAfter(other.end) && !other.start.isAfter(this.end);
		}

		@Override
		public String toString() {
			return this.start + "–" + this.end;
		}

	}

}
