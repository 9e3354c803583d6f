package se.finsam.command.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import se.finsam.command.association.AssociationDirectory;
import se.finsam.command.association.AssociationFacts;
import se.finsam.platform.format.Kronor;
import se.finsam.command.shared.RuleViolation;
import se.finsam.command.shared.StateConflict;
import se.finsam.events.AnnualAmount;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.Money;
import se.finsam.events.PlanId;
import se.finsam.events.plan.BudgetLine;
import se.finsam.events.plan.BudgetRevised;
import se.finsam.events.plan.ContributionReceived;
import se.finsam.events.plan.ContributionsPledged;
import se.finsam.events.plan.OpeningEquityRecorded;
import se.finsam.events.plan.OutcomeRecorded;
import se.finsam.events.plan.PlanClosed;
import se.finsam.events.plan.PlanFiguresStated;
import se.finsam.events.plan.PlanGoalsSet;
import se.finsam.events.plan.Pledge;
import se.finsam.events.plan.FundsReserved;
import se.finsam.events.plan.LineGroup;
import se.finsam.events.plan.PlanAdopted;
import se.finsam.events.plan.PlanDrafted;
import se.finsam.events.plan.DraftAmended;
import se.finsam.events.plan.PlanSentForConsultation;

/**
 * An association's activity plan and budget for one year and its two plan years. Drafted,
 * sent to the members, adopted and revised by board decisions; grants reserve money on
 * its free-funds lines, never more than the budget allows.
 */
@Aggregate
class Plan {

	/** The law's deadline for adopting next year's plan (2003:1210 §23). */
	static final MonthDay ADOPTION_DEADLINE = MonthDay.of(11, 30);

	@AggregateIdentifier
	private PlanId planId;

	private AssociationId associationId;

	private int year;

	private final Map<String, BudgetLine> lines = new LinkedHashMap<>();

	private boolean sentForConsultation;

	private DecisionReference adoption;

	private final Map<String, Map<Integer, Money>> reserved = new HashMap<>();

	private boolean closed;

	Plan() {
		// For Axon, which rebuilds the plan from its events.
	}

	@CommandHandler
	Plan(DraftPlan command, AssociationDirectory associations) {
		AssociationFacts facts = associations.find(command.associationId());
		RuleViolation.Collector rules = new RuleViolation.Collector();
		rules.check(command.planId().equals(PlanId.of(command.associationId(), command.year())), "plan.id", "planId",
				"Planens id hör inte till förbundet och året.");
		PlanLines.check(command.lines(), command.year(), facts, rules, "lines");
		rules.throwIfAny();
		AggregateLifecycle
			.apply(new PlanDrafted(command.associationId(), command.planId(), command.year(), command.lines()));
	}

	@CommandHandler
	long handle(AmendDraft command, AssociationDirectory associations) {
		requireDraft();
		if (this.sentForConsultation) {
			throw new StateConflict("plan.consulted", "Planen för " + this.year
					+ " har gått ut på samråd och utkastet ändras inte längre; ändringar görs som revideringar när budgeten är antagen.");
		}
		RuleViolation.Collector rules = new RuleViolation.Collector();
		PlanLines.check(command.lines(), this.year, associations.find(this.associationId), rules, "lines");
		rules.throwIfAny();
		AggregateLifecycle.apply(new DraftAmended(this.associationId, this.planId, this.year, command.lines()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(SendPlanForConsultation command) {
		requireDraft();
		AggregateLifecycle
			.apply(new PlanSentForConsultation(this.associationId, this.planId, this.year, command.sentOn()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(AdoptPlan command) {
		requireDraft();
		if (this.lines.isEmpty()) {
			throw RuleViolation.of("plan.no-lines", "lines", "En budget behöver minst en rad innan den antas.");
		}
		LocalDate deadline = ADOPTION_DEADLINE.atYear(this.year - 1);
		AggregateLifecycle.apply(new PlanAdopted(this.associationId, this.planId, this.year, command.decision(),
				command.decision().meetingDate().isAfter(deadline)));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(ReviseBudget command, AssociationDirectory associations) {
		requireOpen();
		if (this.adoption == null) {
			throw RuleViolation.of("plan.not-adopted", "",
					"Budgeten för " + this.year + " är inte antagen än; ändra utkastet i stället.");
		}
		RuleViolation.Collector rules = new RuleViolation.Collector();
		rules.check(!command.changedLines().isEmpty(), "plan.no-lines", "changedLines",
				"Ange minst en rad som ändras.");
		rules.check(command.reason() != null && !command.reason().isBlank(), "plan.revision-reason", "reason",
				"Ange skälet till revideringen.");
		rules.check(!command.decision().meetingDate().isBefore(this.adoption.meetingDate()),
				"plan.revision-before-adoption", "decision",
				"En revidering kan inte vara beslutad före budgeten antogs (" + this.adoption.citation() + ").");
		PlanLines.check(command.changedLines(), this.year, associations.find(this.associationId), rules,
				"changedLines");
		for (int i = 0; i < command.changedLines().size(); i++) {
			BudgetLine line = command.changedLines().get(i);
			for (AnnualAmount amount : line.amounts()) {
				Money already = reservedOn(line.code(), amount.year());
				rules.check(already.compareTo(amount.amount()) <= 0, "plan.revision-below-reserved",
						"changedLines[" + i + "]", "Raden " + line.name() + " har redan " + Kronor.format(already)
								+ " reserverat för " + amount.year() + "; budgeten kan inte bli lägre än så.");
			}
		}
		rules.throwIfAny();
		AggregateLifecycle.apply(new BudgetRevised(this.associationId, this.planId, this.year, command.changedLines(),
				command.reason().strip(), command.decision()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(ReserveFunds command) {
		requireOpen();
		if (this.adoption == null) {
			throw RuleViolation.of("plan.not-adopted", "",
					"Budgeten för " + this.year + " är inte antagen; inga medel kan reserveras.");
		}
		if (!command.amount().isPositive()) {
			throw RuleViolation.of("plan.reservation-amount", "amount", "Ett beviljat belopp ska vara större än 0 kr.");
		}
		Money room = Money.ZERO;
		for (BudgetLine line : this.lines.values()) {
			if (line.group() != LineGroup.FREE_FUNDS) {
				continue;
			}
			Money remaining = budgetOn(line, command.budgetYear()).minus(reservedOn(line.code(), command.budgetYear()));
			if (remaining.compareTo(command.amount()) >= 0) {
				AggregateLifecycle.apply(new FundsReserved(this.associationId, this.planId, command.budgetYear(),
						line.code(), command.applicationId(), command.amount(), command.decision()));
				return AggregateLifecycle.getVersion();
			}
			room = room.plus(remaining.isNegative() ? Money.ZERO : remaining);
		}
		throw RuleViolation.of("plan.reservation-exceeds-budget", "amount",
				"Beviljat belopp för " + command.budgetYear() + " (" + Kronor.format(command.amount())
						+ ") ryms inte i budgeten för fria medel; det som återstår är " + Kronor.format(room) + ".");
	}

	@CommandHandler
	long handle(SetPlanGoals command) {
		requireDraft();
		RuleViolation.Collector rules = new RuleViolation.Collector();
		PlanChecks.goals(command.goals(), rules);
		rules.throwIfAny();
		AggregateLifecycle.apply(new PlanGoalsSet(this.associationId, this.planId, this.year, command.goals()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(StatePlanFigures command) {
		requireDraft();
		RuleViolation.Collector rules = new RuleViolation.Collector();
		PlanChecks.figures(command.figures(), this.year, rules);
		rules.throwIfAny();
		AggregateLifecycle.apply(new PlanFiguresStated(this.associationId, this.planId, this.year, command.figures()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(RecordOpeningEquity command) {
		requireOpen();
		if (command.source() == null || command.source().isBlank()) {
			throw RuleViolation.of("plan.equity-source", "source",
					"Ange var beloppet kommer ifrån, t.ex. årsredovisningen för " + (this.year - 1) + ".");
		}
		AggregateLifecycle.apply(new OpeningEquityRecorded(this.associationId, this.planId, this.year, command.amount(),
				command.source().strip()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(PledgeContributions command, AssociationDirectory associations) {
		requireOpen();
		RuleViolation.Collector rules = new RuleViolation.Collector();
		checkPlanYear(command.budgetYear(), rules, "budgetYear");
		List<Pledge> pledges = PlanChecks.pledges(command, associations.find(this.associationId), rules);
		rules.throwIfAny();
		AggregateLifecycle.apply(new ContributionsPledged(this.associationId, this.planId, command.budgetYear(),
				command.split(), pledges));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(RecordContributionPayment command, AssociationDirectory associations) {
		requireOpen();
		RuleViolation.Collector rules = new RuleViolation.Collector();
		checkPlanYear(command.budgetYear(), rules, "budgetYear");
		rules.check(associations.find(this.associationId).isMember(command.member()), "plan.payment-member", "member",
				command.member() + " är inte medlem i förbundet.");
		rules.check(command.amount().isPositive(), "plan.payment-amount", "amount",
				"En inbetalning ska vara större än 0 kr.");
		rules.throwIfAny();
		AggregateLifecycle.apply(new ContributionReceived(this.associationId, this.planId, command.budgetYear(),
				command.member(), command.receivedOn(), command.amount()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(RecordOutcome command) {
		requireOpen();
		RuleViolation.Collector rules = new RuleViolation.Collector();
		checkPlanYear(command.budgetYear(), rules, "budgetYear");
		rules.check(this.lines.containsKey(command.lineCode()), "plan.outcome-line", "lineCode",
				"Planen har ingen rad med koden " + command.lineCode() + ".");
		rules.check(!command.amount().isNegative(), "plan.outcome-amount", "amount",
				"Utfallet kan inte vara negativt.");
		rules.check(command.source() != null && !command.source().isBlank(), "plan.outcome-source", "source",
				"Ange var utfallet kommer ifrån, t.ex. bokföringen per ett datum.");
		rules.throwIfAny();
		AggregateLifecycle.apply(new OutcomeRecorded(this.associationId, this.planId, command.budgetYear(),
				command.lineCode(), command.asOf(), command.amount(), command.source().strip()));
		return AggregateLifecycle.getVersion();
	}

	@CommandHandler
	long handle(ClosePlan command) {
		requireOpen();
		if (this.adoption == null) {
			throw RuleViolation.of("plan.not-adopted", "",
					"Budgeten för " + this.year + " antogs aldrig; året kan inte avslutas mot den.");
		}
		if (!command.decision().meetingDate().isAfter(LocalDate.of(this.year, 12, 31))) {
			throw RuleViolation.of("plan.close-before-year-end", "decision",
					"Året " + this.year + " avslutas med årsredovisningen, som beslutas efter årets slut.");
		}
		AggregateLifecycle.apply(new PlanClosed(this.associationId, this.planId, this.year, command.decision(),
				command.closingEquity()));
		return AggregateLifecycle.getVersion();
	}

	private void checkPlanYear(int budgetYear, RuleViolation.Collector rules, String field) {
		rules.check(budgetYear >= this.year && budgetYear <= this.year + 2, "plan.budget-year", field, "Planen för "
				+ this.year + " gäller åren " + this.year + "–" + (this.year + 2) + ", inte " + budgetYear + ".");
	}

	boolean covers(int budgetYear) {
		return this.adoption != null && this.lines.values()
			.stream()
			.anyMatch((line) -> line.group() == LineGroup.FREE_FUNDS && !budgetOn(line, budgetYear).equals(Money.ZERO));
	}

	private void requireOpen() {
		if (this.closed) {
			throw new StateConflict("plan.closed",
					"Året " + this.year + " är avslutat med årsredovisningen; planen ändras inte längre.");
		}
	}

	private void requireDraft() {
		requireOpen();
		if (this.adoption != null) {
			throw new StateConflict("plan.adopted", "Budgeten för " + this.year + " är redan antagen ("
					+ this.adoption.citation() + "); ändringar görs som revideringar.");
		}
	}

	private static Money budgetOn(BudgetLine line, int budgetYear) {
		return line.amounts()
			.stream()
			.filter((amount) -> amount.year() == budgetYear)
			.map(AnnualAmount::amount)
			.findFirst()
			.orElse(Money.ZERO);
	}

	private Money reservedOn(String lineCode, int budgetYear) {
		return this.reserved.getOrDefault(lineCode, Map.of()).getOrDefault(budgetYear, Money.ZERO);
	}

	@EventSourcingHandler
	void on(PlanDrafted event) {
		this.planId = event.planId();
		this.associationId = event.associationId();
		this.year = event.year();
		event.lines().forEach((line) -> this.lines.put(line.code(), line));
	}

	@EventSourcingHandler
	void on(DraftAmended event) {
		this.lines.clear();
		event.lines().forEach((line) -> this.lines.put(line.code(), line));
	}

	@EventSourcingHandler
	void on(PlanSentForConsultation event) {
		this.sentForConsultation = true;
	}

	@EventSourcingHandler
	void on(PlanAdopted event) {
		this.adoption = event.decision();
	}

	@EventSourcingHandler
	void on(BudgetRevised event) {
		event.changedLines().forEach((line) -> this.lines.put(line.code(), line));
	}

	@EventSourcingHandler
	void on(PlanClosed event) {
		this.closed = true;
	}

	@EventSourcingHandler
	void on(FundsReserved event) {
		this.reserved.computeIfAbsent(event.lineCode(), (code) -> new HashMap<>())
			.merge(event.budgetYear(), event.amount(), Money::plus);
	}

}
