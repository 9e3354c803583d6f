package se.finsam.query.intervention;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.query.JsonColumns;
import se.finsam.events.AnnualAmount;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.events.indicator.IndicatorResult;
import se.finsam.events.indicator.IndicatorResult.GenderResult;
import se.finsam.events.intervention.GoalResult;
import se.finsam.events.intervention.InterventionReportFiled;
import se.finsam.events.intervention.InterventionStarted;
import se.finsam.events.intervention.OutcomeCount;
import se.finsam.events.intervention.ParticipantCount;
import se.finsam.events.intervention.ReportDue;
import se.finsam.events.intervention.StepCount;
import se.finsam.events.plan.PlanGoals.GoalTarget;
import se.finsam.query.intervention.InterventionHistory.BudgetVersion;
import se.finsam.query.intervention.InterventionHistory.ExtensionDecision;
import se.finsam.query.intervention.InterventionHistory.FiledReport;
import se.finsam.query.intervention.InterventionHistory.GoalsVersion;
import se.finsam.query.intervention.InterventionHistory.Header;
import se.finsam.query.intervention.InterventionHistory.Payment;
import se.finsam.query.intervention.InterventionHistory.ScheduleVersion;
import se.finsam.query.intervention.InterventionView.Goal;

/**
 * The interventions view's rows. Every statement is scoped by association id; an
 * intervention is found by its id alone only to learn its association.
 */
@Repository
class InterventionRepository {

	private static final TypeReference<List<AnnualAmount>> AMOUNTS = new TypeReference<>() {
	};

	private static final TypeReference<List<Goal>> GOALS = new TypeReference<>() {
	};

	private static final TypeReference<List<ReportDue>> DUES = new TypeReference<>() {
	};

	private static final TypeReference<List<ParticipantCount>> PARTICIPANTS = new TypeReference<>() {
	};

	private static final TypeReference<List<OutcomeCount>> OUTCOMES = new TypeReference<>() {
	};

	private static final TypeReference<List<StepCount>> STEPS = new TypeReference<>() {
	};

	private static final TypeReference<List<GoalResult>> GOAL_RESULTS = new TypeReference<>() {
	};

	private static final TypeReference<List<GoalTarget>> TARGETS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonColumns json;

	InterventionRepository(JdbcTemplate jdbc, JsonColumns json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Moves the association to {@code sequence}, noting it if new; false means the event
	 * was already applied.
	 */
	boolean advanceAssociation(UUID associationId, long sequence) {
		return this.jdbc.update("""
				INSERT INTO intervention_association (association_id, version) VALUES (?, ?)
				ON CONFLICT (association_id) DO UPDATE SET version = EXCLUDED.version
				WHERE intervention_association.version < EXCLUDED.version""", associationId, sequence) == 1;
	}

	void addMember(UUID associationId, MemberOrganisation member) {
		this.jdbc.update("""
				INSERT INTO intervention_member (association_id, organisation_number, name) VALUES (?, ?, ?)""",
				associationId, member.organisationNumber().value(), member.name());
	}

	/**
	 * Inserts the intervention at {@code sequence}; false if it is already there (a
	 * re-delivery).
	 */
	boolean insert(InterventionStarted event, long sequence, Instant at) {
		return this.jdbc.update("""
				INSERT INTO intervention (association_id, intervention_id, version, name, owner, kind,
					application_id, decision, period_start, period_end, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB), ?, ?, ?)
				ON CONFLICT (association_id, intervention_id) DO NOTHING""", event.associationId().value(),
				event.interventionId().value(), sequence, event.name(), event.owner().value(), event.kind().name(),
				(event.application() != null) ? event.application().value() : null, this.json.write(event.decision()),
				event.period().start(), event.period().end(), Timestamp.from(at)) == 1;
	}

	/**
	 * Moves the intervention to {@code sequence} if it is behind it. False means the
	 * event was already applied, so the caller must change nothing.
	 */
	boolean advance(UUID associationId, UUID interventionId, long sequence, Instant at) {
		return this.jdbc.update("""
				UPDATE intervention SET version = ?, updated_at = ?
				WHERE association_id = ? AND intervention_id = ? AND version < ?""", sequence, Timestamp.from(at),
				associationId, interventionId, sequence) == 1;
	}

	void addBudget(UUID associationId, UUID interventionId, long sequence, LocalDate effectiveFrom,
			DecisionReference decision, List<AnnualAmount> amounts) {
		this.jdbc.update("""
				INSERT INTO intervention_budget (association_id, intervention_id, sequence, effective_from, decision,
					amounts)
				VALUES (?, ?, ?, ?, CAST(? AS JSONB), CAST(? AS JSONB))""", associationId, interventionId, sequence,
				effectiveFrom, this.json.write(decision), this.json.write(amounts));
	}

	void addGoals(UUID associationId, UUID interventionId, long sequence, LocalDate effectiveFrom,
			DecisionReference decision, List<Goal> goals) {
		this.jdbc.update("""
				INSERT INTO intervention_goals (association_id, intervention_id, sequence, effective_from, decision,
					goals)
				VALUES (?, ?, ?, ?, CAST(? AS JSONB), CAST(? AS JSONB))""", associationId, interventionId, sequence,
				effectiveFrom, this.json.write(decision), this.json.write(goals));
	}

	void addExtension(UUID associationId, UUID interventionId, long sequence, LocalDate newEnd,
			DecisionReference decision) {
		this.jdbc.update("""
				INSERT INTO intervention_extension (association_id, intervention_id, sequence, new_end, decision,
					effective_from)
				VALUES (?, ?, ?, ?, CAST(? AS JSONB), ?)""", associationId, interventionId, sequence, newEnd,
				this.json.write(decision), decision.meetingDate());
	}

	void close(UUID associationId, UUID interventionId, LocalDate closedOn, DecisionReference decision) {
		this.jdbc.update("""
				UPDATE intervention SET closed_on = ?, closure = CAST(? AS JSONB)
				WHERE association_id = ? AND intervention_id = ?""", closedOn, this.json.write(decision), associationId,
				interventionId);
	}

	void addSchedule(UUID associationId, UUID interventionId, long sequence, LocalDate recordedOn,
			List<ReportDue> dues) {
		this.jdbc.update("""
				INSERT INTO intervention_schedule (association_id, intervention_id, sequence, recorded_on, dues)
				VALUES (?, ?, ?, ?, CAST(? AS JSONB))""", associationId, interventionId, sequence, recordedOn,
				this.json.write(dues));
	}

	void addReport(UUID associationId, UUID interventionId, long sequence, InterventionReportFiled report) {
		this.jdbc.update("""
				INSERT INTO intervention_report (association_id, intervention_id, sequence, report_id, period_start,
					period_end, filed_on, supersedes, costs_to_date_ore, participants, outcomes, steps, goal_results,
					narrative)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB), CAST(? AS JSONB), CAST(? AS JSONB),
					CAST(? AS JSONB), ?)""", associationId, interventionId, sequence, report.reportId(),
				report.periodStart(), report.periodEnd(), report.filedOn(), report.supersedes(),
				report.costsToDate().ore(), this.json.write(report.participants()), this.json.write(report.outcomes()),
				this.json.write(report.steps()), this.json.write(report.goalResults()), report.narrative());
	}

	void addDisbursement(UUID associationId, UUID interventionId, long sequence, LocalDate paidOn, Money amount) {
		this.jdbc.update("""
				INSERT INTO intervention_disbursement (association_id, intervention_id, sequence, paid_on, amount_ore)
				VALUES (?, ?, ?, ?, ?)""", associationId, interventionId, sequence, paidOn, amount.ore());
	}

	/**
	 * The plan's targets at {@code sequence}, unless the plan is already there or past
	 * it.
	 */
	void setPlanTargets(UUID associationId, UUID planId, int year, long sequence, List<GoalTarget> targets) {
		this.jdbc.update("""
				INSERT INTO intervention_plan_targets (association_id, plan_id, year, version, targets)
				VALUES (?, ?, ?, ?, CAST(? AS JSONB))
				ON CONFLICT (association_id, plan_id) DO UPDATE
				SET version = EXCLUDED.version, targets = EXCLUDED.targets
				WHERE intervention_plan_targets.version < EXCLUDED.version""", associationId, planId, year, sequence,
				this.json.write(targets));
	}

	/**
	 * Moves the aggregate that records indicator results to {@code sequence}; false means
	 * the event was already applied.
	 */
	boolean advanceIndicatorSource(UUID associationId, String sourceId, long sequence) {
		return this.jdbc.update("""
				INSERT INTO intervention_indicator_source (association_id, source_id, version) VALUES (?, ?, ?)
				ON CONFLICT (association_id, source_id) DO UPDATE SET version = EXCLUDED.version
				WHERE intervention_indicator_source.version < EXCLUDED.version""", associationId, sourceId,
				sequence) == 1;
	}

	void addIndicatorResults(UUID associationId, String sourceId, long sequence, int year, UUID interventionId,
			Instant at, List<IndicatorResult> results) {
		for (IndicatorResult result : results) {
			GenderResult women = result.women();
			GenderResult men = result.men();
			this.jdbc.update("""
					INSERT INTO intervention_indicator_result (association_id, source_id, sequence, indicator, year,
						intervention_id, recorded_at, women_respondents, women_share, men_respondents, men_share)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", associationId, sourceId, sequence, result.indicator(),
					year, interventionId, Timestamp.from(at), (women != null) ? women.respondents() : null,
					(women != null) ? women.shareAgreeing() : null, (men != null) ? men.respondents() : null,
					(men != null) ? men.shareAgreeing() : null);
		}
	}

	/** The association an intervention belongs to, if the view has the intervention. */
	Optional<UUID> associationOf(UUID interventionId) {
		return this.jdbc
			.queryForList("SELECT association_id FROM intervention WHERE intervention_id = ?", UUID.class,
					interventionId)
			.stream()
			.findFirst();
	}

	/** Whether the view has heard of the association at all. */
	boolean knows(UUID associationId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM intervention_association WHERE association_id = ?)
					OR EXISTS (SELECT 1 FROM intervention WHERE association_id = ?)""", Boolean.class, associationId,
				associationId));
	}

	// The several reads see one committed state, never a view half way through a batch.
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	Optional<InterventionHistory> find(UUID associationId, UUID interventionId) {
		return load(associationId, interventionId).stream().findFirst();
	}

	/** Every intervention of the association. */
	// The several reads see one committed state, never a view half way through a batch.
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	List<InterventionHistory> findAll(UUID associationId) {
		return load(associationId, null);
	}

	/** The targets of the association's plan for the year; empty without goals. */
	List<GoalTarget> planTargets(UUID associationId, int year) {
		return this.jdbc
			.query("SELECT targets FROM intervention_plan_targets WHERE association_id = ? AND year = ?",
					(row, i) -> this.json.read(row.getString(1), TARGETS), associationId, year)
			.stream()
			.flatMap(List::stream)
			.toList();
	}

	/**
	 * Every indicator result recorded for the association's year, in the order recorded.
	 */
	List<IndicatorComparison.Recorded> indicatorResults(UUID associationId, int year) {
		return this.jdbc.query("""
				SELECT intervention_id, indicator, recorded_at, women_respondents, women_share, men_respondents,
					men_share
				FROM intervention_indicator_result WHERE association_id = ? AND year = ?
				ORDER BY recorded_at, source_id, sequence, indicator""",
				(row, i) -> new IndicatorComparison.Recorded(row.getObject(1, UUID.class), row.getInt(2),
						row.getTimestamp(3).toInstant(), gender(row, 4), gender(row, 6)),
				associationId, year);
	}

	/** The names of the association's interventions, by id. */
	Map<UUID, String> interventionNames(UUID associationId) {
		return this.jdbc
			.query("SELECT intervention_id, name FROM intervention WHERE association_id = ?",
					(row, i) -> Map.entry(row.getObject(1, UUID.class), row.getString(2)), associationId)
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	void deleteAll() {
		this.jdbc.update("DELETE FROM intervention");
		this.jdbc.update("DELETE FROM intervention_association");
		this.jdbc.update("DELETE FROM intervention_plan_targets");
		this.jdbc.update("DELETE FROM intervention_indicator_result");
		this.jdbc.update("DELETE FROM intervention_indicator_source");
	}

	/**
	 * The association's interventions, or the one with {@code interventionId}, each with
	 * all its rows and its owner's name.
	 */
	private List<InterventionHistory> load(UUID associationId, UUID interventionId) {
		String scope = "association_id = ?" + ((interventionId != null) ? " AND intervention_id = ?" : "");
		Object[] args = (interventionId != null) ? new Object[] { associationId, interventionId }
				: new Object[] { associationId };
		List<Header> headers = this.jdbc.query("""
				SELECT association_id, intervention_id, version, name, owner, kind, application_id, decision,
					period_start, period_end, closed_on, closure
				FROM intervention WHERE %s ORDER BY intervention_id""".formatted(scope),
				(row, i) -> new Header(row.getString(1), row.getString(2), row.getLong(3), row.getString(4),
						OrganisationNumber.of(row.getString(5)), InterventionKind.valueOf(row.getString(6)),
						row.getString(7), this.json.read(row.getString(8), DecisionReference.class),
						row.getObject(9, LocalDate.class), row.getObject(10, LocalDate.class),
						row.getObject(11, LocalDate.class), this.json.read(row.getString(12), DecisionReference.class)),
				args);
		if (headers.isEmpty()) {
			return List.of();
		}
		Map<String, List<BudgetVersion>> budgets = byIntervention("""
				SELECT intervention_id, sequence, effective_from, decision, amounts
				FROM intervention_budget WHERE %s""".formatted(scope),
				(row) -> new BudgetVersion(row.getLong(2), row.getObject(3, LocalDate.class),
						this.json.read(row.getString(4), DecisionReference.class),
						this.json.read(row.getString(5), AMOUNTS)),
				args);
		Map<String, List<GoalsVersion>> goals = byIntervention("""
				SELECT intervention_id, sequence, effective_from, decision, goals
				FROM intervention_goals WHERE %s""".formatted(scope),
				(row) -> new GoalsVersion(row.getLong(2), row.getObject(3, LocalDate.class),
						this.json.read(row.getString(4), DecisionReference.class),
						this.json.read(row.getString(5), GOALS)),
				args);
		Map<String, List<ExtensionDecision>> extensions = byIntervention("""
				SELECT intervention_id, sequence, new_end, decision
				FROM intervention_extension WHERE %s""".formatted(scope), (row) -> new ExtensionDecision(row.getLong(2),
				row.getObject(3, LocalDate.class), this.json.read(row.getString(4), DecisionReference.class)), args);
		Map<String, List<ScheduleVersion>> schedules = byIntervention("""
				SELECT intervention_id, sequence, recorded_on, dues
				FROM intervention_schedule WHERE %s""".formatted(scope), (row) -> new ScheduleVersion(row.getLong(2),
				row.getObject(3, LocalDate.class), this.json.read(row.getString(4), DUES)), args);
		Map<String, List<FiledReport>> reports = byIntervention("""
				SELECT intervention_id, sequence, report_id, period_start, period_end, filed_on, supersedes,
					costs_to_date_ore, participants, outcomes, steps, goal_results, narrative
				FROM intervention_report WHERE %s""".formatted(scope),
				(row) -> new FiledReport(row.getLong(2), row.getObject(3, UUID.class),
						row.getObject(4, LocalDate.class), row.getObject(5, LocalDate.class),
						row.getObject(6, LocalDate.class), row.getObject(7, UUID.class), new Money(row.getLong(8)),
						this.json.read(row.getString(9), PARTICIPANTS), this.json.read(row.getString(10), OUTCOMES),
						this.json.read(row.getString(11), STEPS), this.json.read(row.getString(12), GOAL_RESULTS),
						row.getString(13)),
				args);
		Map<String, List<Payment>> payments = byIntervention("""
				SELECT intervention_id, sequence, paid_on, amount_ore
				FROM intervention_disbursement WHERE %s""".formatted(scope),
				(row) -> new Payment(row.getLong(2), row.getObject(3, LocalDate.class), new Money(row.getLong(4))),
				args);
		Map<String, String> members = memberNames(associationId);
		return headers.stream()
			.map((header) -> new InterventionHistory(header, budgets.getOrDefault(header.interventionId(), List.of()),
					goals.getOrDefault(header.interventionId(), List.of()),
					extensions.getOrDefault(header.interventionId(), List.of()),
					schedules.getOrDefault(header.interventionId(), List.of()),
					reports.getOrDefault(header.interventionId(), List.of()),
					payments.getOrDefault(header.interventionId(), List.of()), members.get(header.owner().value())))
			.toList();
	}

	private Map<String, String> memberNames(UUID associationId) {
		return this.jdbc
			.query("SELECT organisation_number, name FROM intervention_member WHERE association_id = ?",
					(row, i) -> Map.entry(row.getString(1), row.getString(2)), associationId)
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Rows grouped by the intervention id in their first column, in sequence order. */
	private <T> Map<String, List<T>> byIntervention(String sql, Row<T> mapper, Object[] args) {
		return this.jdbc
			.query(sql + " ORDER BY sequence", (row, i) -> Map.entry(row.getString(1), mapper.map(row)), args)
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	@FunctionalInterface
	private interface Row<T> {

		T map(ResultSet row) throws SQLException;

	}

	private static GenderResult gender(ResultSet row, int column) throws SQLException {
		int respondents = row.getInt(column);
		if (row.wasNull()) {
			return null;
		}
		BigDecimal share = row.getBigDecimal(column + 1);
		return new GenderResult(respondents, share);
	}

}
