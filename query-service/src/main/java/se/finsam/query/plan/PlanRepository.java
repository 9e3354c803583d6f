package se.finsam.query.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.query.JsonColumns;
import se.finsam.events.AnnualAmount;
import se.finsam.events.DecisionReference;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.events.plan.BudgetLine;
import se.finsam.events.plan.LineGroup;
import se.finsam.events.plan.MunicipalitySplit;
import se.finsam.events.plan.PlanGoals;
import se.finsam.events.plan.Pledge;
import se.finsam.events.plan.StatedFigure;
import se.finsam.query.plan.PlanHistory.LineVersion;
import se.finsam.query.plan.PlanHistory.Stage;

/**
 * The plan view's rows. Every statement is scoped by association id; a plan is found by
 * its id alone only to learn its association.
 */
@Repository
class PlanRepository {

	private static final TypeReference<List<AnnualAmount>> AMOUNTS = new TypeReference<>() {
	};

	private static final TypeReference<List<StatedFigure>> FIGURES = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final JsonColumns json;

	PlanRepository(JdbcTemplate jdbc, JsonColumns json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Notes the association at {@code sequence}; false if it is already there. */
	boolean insertAssociation(UUID associationId, long sequence) {
		return this.jdbc.update("""
				INSERT INTO plan_association (association_id, version) VALUES (?, ?)
				ON CONFLICT (association_id) DO NOTHING""", associationId, sequence) == 1;
	}

	/**
	 * Moves the association to {@code sequence} if it is behind it; false means the event
	 * was already applied.
	 */
	boolean advanceAssociation(UUID associationId, long sequence) {
		return this.jdbc.update("UPDATE plan_association SET version = ? WHERE association_id = ? AND version < ?",
				sequence, associationId, sequence) == 1;
	}

	void addMember(UUID associationId, MemberOrganisation member) {
		this.jdbc.update("""
				INSERT INTO plan_member (association_id, organisation_number, name, kind)
				VALUES (?, ?, ?, ?)""", associationId, member.organisationNumber().value(), member.name(),
				member.kind().name());
	}

	/**
	 * Inserts the plan at {@code sequence}; false if it is already there (a re-delivery).
	 */
	boolean insert(UUID associationId, UUID planId, int year, long sequence, Instant at) {
		return this.jdbc.update("""
				INSERT INTO plan (association_id, plan_id, year, version, stated, updated_at)
				VALUES (?, ?, ?, ?, '[]', ?)
				ON CONFLICT (association_id, plan_id) DO NOTHING""", associationId, planId, year, sequence,
				Timestamp.from(at)) == 1;
	}

	/**
	 * Moves the plan to {@code sequence} if it is behind it. False means the event was
	 * already applied, so the caller must change nothing.
	 */
	boolean advance(UUID associationId, UUID planId, long sequence, Instant at) {
		return this.jdbc.update("""
				UPDATE plan SET version = ?, updated_at = ?
				WHERE association_id = ? AND plan_id = ? AND version < ?""", sequence, Timestamp.from(at),
				associationId, planId, sequence) == 1;
	}

	void addLines(UUID associationId, UUID planId, long sequence, Stage stage, LocalDate effectiveFrom,
			List<BudgetLine> lines) {
		for (int position = 0; position < lines.size(); position++) {
			BudgetLine line = lines.get(position);
			this.jdbc.update("""
					INSERT INTO plan_line_version (association_id, plan_id, sequence, code, stage, effective_from,
						position, line_group, name, member, amounts)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB))""", associationId, planId, sequence,
					line.code(), stage.name(), effectiveFrom, position, line.group().name(), line.name(),
					(line.member() != null) ? line.member().value() : null, this.json.write(line.amounts()));
		}
	}

	/**
	 * Replaces the draft's lines, keeping the day the draft was first recorded (or
	 * {@code amendedOn} if it had no lines).
	 */
	void replaceDraftLines(UUID associationId, UUID planId, long sequence, LocalDate amendedOn,
			List<BudgetLine> lines) {
		LocalDate drafted = this.jdbc.queryForObject("""
				SELECT MIN(effective_from) FROM plan_line_version
				WHERE association_id = ? AND plan_id = ? AND stage = ?""", LocalDate.class, associationId, planId,
				Stage.DRAFT.name());
		this.jdbc.update("DELETE FROM plan_line_version WHERE association_id = ? AND plan_id = ? AND stage = ?",
				associationId, planId, Stage.DRAFT.name());
		addLines(associationId, planId, sequence, Stage.DRAFT, (drafted != null) ? drafted : amendedOn, lines);
	}

	/** The draft's lines as the board adopted them, effective from the meeting's date. */
	void adopt(UUID associationId, UUID planId, long sequence, DecisionReference decision, boolean late) {
		this.jdbc.update("""
				UPDATE plan SET adoption = CAST(? AS JSONB), adopted_late = ?
				WHERE association_id = ? AND plan_id = ?""", this.json.write(decision), late, associationId, planId);
		this.jdbc.update("""
				INSERT INTO plan_line_version (association_id, plan_id, sequence, code, stage, effective_from,
					position, line_group, name, member, amounts)
				SELECT association_id, plan_id, ?, code, ?, ?, position, line_group, name, member, amounts
				FROM plan_line_version WHERE association_id = ? AND plan_id = ? AND stage = ?""", sequence,
				Stage.ADOPTED.name(), decision.meetingDate(), associationId, planId, Stage.DRAFT.name());
	}

	void addRevision(UUID associationId, UUID planId, long sequence, DecisionReference decision, String reason) {
		this.jdbc.update("""
				INSERT INTO plan_revision (association_id, plan_id, sequence, decision, effective_from, reason)
				VALUES (?, ?, ?, CAST(? AS JSONB), ?, ?)""", associationId, planId, sequence, this.json.write(decision),
				decision.meetingDate(), reason);
	}

	void sentForConsultation(UUID associationId, UUID planId, LocalDate sentOn) {
		this.jdbc.update("UPDATE plan SET sent_for_consultation_on = ? WHERE association_id = ? AND plan_id = ?",
				sentOn, associationId, planId);
	}

	void setGoals(UUID associationId, UUID planId, PlanGoals goals) {
		this.jdbc.update("UPDATE plan SET goals = CAST(? AS JSONB) WHERE association_id = ? AND plan_id = ?",
				this.json.write(goals), associationId, planId);
	}

	void setStated(UUID associationId, UUID planId, List<StatedFigure> figures) {
		this.jdbc.update("UPDATE plan SET stated = CAST(? AS JSONB) WHERE association_id = ? AND plan_id = ?",
				this.json.write(figures), associationId, planId);
	}

	void setOpeningEquity(UUID associationId, UUID planId, Money amount) {
		this.jdbc.update("UPDATE plan SET opening_equity_ore = ? WHERE association_id = ? AND plan_id = ?",
				amount.ore(), associationId, planId);
	}

	void close(UUID associationId, UUID planId, DecisionReference decision, Money closingEquity) {
		this.jdbc.update("""
				UPDATE plan SET closure = CAST(? AS JSONB), closing_equity_ore = ?
				WHERE association_id = ? AND plan_id = ?""", this.json.write(decision), closingEquity.ore(),
				associationId, planId);
	}

	void addReservation(UUID associationId, UUID planId, long sequence, int budgetYear, String lineCode,
			UUID applicationId, Money amount, DecisionReference decision) {
		this.jdbc.update("""
				INSERT INTO plan_reservation (association_id, plan_id, sequence, budget_year, line_code,
					application_id, amount_ore, decision, effective_from)
				VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB), ?)""", associationId, planId, sequence, budgetYear,
				lineCode, applicationId, amount.ore(), this.json.write(decision), decision.meetingDate());
	}

	void addOutcome(UUID associationId, UUID planId, long sequence, int budgetYear, String lineCode, LocalDate asOf,
			Money amount) {
		this.jdbc.update("""
				INSERT INTO plan_outcome (association_id, plan_id, sequence, budget_year, line_code, as_of,
					amount_ore)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", associationId, planId, sequence, budgetYear, lineCode, asOf,
				amount.ore());
	}

	/** The year's pledges, replacing any earlier ones for it. */
	void replacePledges(UUID associationId, UUID planId, int budgetYear, MunicipalitySplit split,
			List<Pledge> pledges) {
		this.jdbc.update("DELETE FROM plan_pledge WHERE association_id = ? AND plan_id = ? AND budget_year = ?",
				associationId, planId, budgetYear);
		for (int position = 0; position < pledges.size(); position++) {
			Pledge pledge = pledges.get(position);
			this.jdbc.update("""
					INSERT INTO plan_pledge (association_id, plan_id, budget_year, member, position, split,
						amount_ore, population)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", associationId, planId, budgetYear, pledge.member().value(),
					position, split.name(), pledge.amount().ore(), pledge.population());
		}
	}

	void addPayment(UUID associationId, UUID planId, long sequence, int budgetYear, OrganisationNumber member,
			LocalDate receivedOn, Money amount) {
		this.jdbc.update("""
				INSERT INTO plan_payment (association_id, plan_id, sequence, budget_year, member, received_on,
					amount_ore)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", associationId, planId, sequence, budgetYear, member.value(),
				receivedOn, amount.ore());
	}

	/** The association a plan belongs to, if the view has the plan. */
	Optional<UUID> associationOf(UUID planId) {
		return this.jdbc.queryForList("SELECT association_id FROM plan WHERE plan_id = ?", UUID.class, planId)
			.stream()
			.findFirst();
	}

	// The several reads see one committed state, never a view half way through a batch.
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	Optional<PlanHistory> find(UUID associationId, UUID planId) {
		Optional<PlanHistory.PlanHeader> header = this.jdbc.query("""
				SELECT association_id, plan_id, year, version, sent_for_consultation_on, adoption, adopted_late,
					goals, stated, opening_equity_ore, closure, closing_equity_ore
				FROM plan WHERE association_id = ? AND plan_id = ?""",
				(row, i) -> new PlanHistory.PlanHeader(row.getString(1), row.getString(2), row.getInt(3),
						row.getLong(4), row.getObject(5, LocalDate.class),
						this.json.read(row.getString(6), DecisionReference.class), row.getBoolean(7),
						this.json.read(row.getString(8), PlanGoals.class), this.json.read(row.getString(9), FIGURES),
						money(row, 10), this.json.read(row.getString(11), DecisionReference.class), money(row, 12)),
				associationId, planId)
			.stream()
			.findFirst();
		return header.map((plan) -> new PlanHistory(plan, lineVersions(associationId, planId),
				revisions(associationId, planId), reservations(associationId, planId), outcomes(associationId, planId),
				pledges(associationId, planId), payments(associationId, planId), grantPayments(associationId, planId),
				members(associationId)));
	}

	private List<LineVersion> lineVersions(UUID associationId, UUID planId) {
		return this.jdbc.query("""
				SELECT sequence, stage, effective_from, position, code, line_group, name, member, amounts
				FROM plan_line_version WHERE association_id = ? AND plan_id = ?
				ORDER BY sequence, position""",
				(row, i) -> new LineVersion(row.getLong(1), Stage.valueOf(row.getString(2)),
						row.getObject(3, LocalDate.class), row.getInt(4),
						new BudgetLine(row.getString(5), LineGroup.valueOf(row.getString(6)), row.getString(7),
								organisation(row.getString(8)), this.json.read(row.getString(9), AMOUNTS))),
				associationId, planId);
	}

	private List<PlanHistory.Revision> revisions(UUID associationId, UUID planId) {
		return this.jdbc.query("""
				SELECT sequence, decision, reason FROM plan_revision
				WHERE association_id = ? AND plan_id = ? ORDER BY sequence""",
				(row, i) -> new PlanHistory.Revision(row.getLong(1),
						this.json.read(row.getString(2), DecisionReference.class), row.getString(3)),
				associationId, planId);
	}

	private List<PlanHistory.Reservation> reservations(UUID associationId, UUID planId) {
		return this.jdbc.query("""
				SELECT budget_year, line_code, amount_ore, effective_from FROM plan_reservation
				WHERE association_id = ? AND plan_id = ? ORDER BY sequence""",
				(row, i) -> new PlanHistory.Reservation(row.getInt(1), row.getString(2), new Money(row.getLong(3)),
						row.getObject(4, LocalDate.class)),
				associationId, planId);
	}

	private List<PlanHistory.Outcome> outcomes(UUID associationId, UUID planId) {
		return this.jdbc.query("""
				SELECT sequence, budget_year, line_code, as_of, amount_ore FROM plan_outcome
				WHERE association_id = ? AND plan_id = ? ORDER BY sequence""",
				(row, i) -> new PlanHistory.Outcome(row.getLong(1), row.getInt(2), row.getString(3),
						row.getObject(4, LocalDate.class), new Money(row.getLong(5))),
				associationId, planId);
	}

	private List<PlanHistory.Pledged> pledges(UUID associationId, UUID planId) {
		return this.jdbc.query("""
				SELECT budget_year, split, member, amount_ore FROM plan_pledge
				WHERE association_id = ? AND plan_id = ? ORDER BY budget_year, position""",
				(row, i) -> new PlanHistory.Pledged(row.getInt(1), MunicipalitySplit.valueOf(row.getString(2)),
						OrganisationNumber.of(row.getString(3)), new Money(row.getLong(4))),
				associationId, planId);
	}

	private List<PlanHistory.Payment> payments(UUID associationId, UUID planId) {
		return this.jdbc.query("""
				SELECT budget_year, member, received_on, amount_ore FROM plan_payment
				WHERE association_id = ? AND plan_id = ? ORDER BY sequence""",
				(row, i) -> new PlanHistory.Payment(row.getInt(1), OrganisationNumber.of(row.getString(2)),
						row.getObject(3, LocalDate.class), new Money(row.getLong(4))),
				associationId, planId);
	}

	private Map<OrganisationNumber, MemberOrganisation> members(UUID associationId) {
		return this.jdbc
			.query("SELECT organisation_number, name, kind FROM plan_member WHERE association_id = ?",
					(row, i) -> new MemberOrganisation(OrganisationNumber.of(row.getString(1)), row.getString(2),
							MemberKind.valueOf(row.getString(3))),
					associationId)
			.stream()
			.collect(Collectors.toMap(MemberOrganisation::organisationNumber, Function.identity()));
	}

	/** Idempotent: the intervention id is the key. */
	void addGrant(UUID associationId, UUID interventionId, UUID applicationId) {
		this.jdbc.update("""
				INSERT INTO plan_grant (association_id, intervention_id, application_id) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""", associationId, interventionId, applicationId);
	}

	/** Idempotent: the intervention's event sequence is the key. */
	void addGrantPayment(UUID associationId, UUID interventionId, long sequence, LocalDate paidOn, Money amount) {
		this.jdbc.update("""
				INSERT INTO plan_grant_payment (association_id, intervention_id, sequence, paid_on, amount_ore)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", associationId, interventionId, sequence, paidOn,
				amount.ore());
	}

	/**
	 * Payments to grants reserved on this plan, on the line reserved for the year they
	 * were paid in.
	 */
	private List<PlanHistory.GrantPayment> grantPayments(UUID associationId, UUID planId) {
		return this.jdbc.query("""
				SELECT DISTINCT ON (p.intervention_id, p.sequence) r.line_code, r.budget_year, p.paid_on, p.amount_ore
				FROM plan_reservation r
				JOIN plan_grant g ON g.association_id = r.association_id AND g.application_id = r.application_id
				JOIN plan_grant_payment p ON p.association_id = g.association_id
					AND p.intervention_id = g.intervention_id AND EXTRACT(YEAR FROM p.paid_on) = r.budget_year
				WHERE r.association_id = ? AND r.plan_id = ?
				ORDER BY p.intervention_id, p.sequence, r.sequence""",
				(row, i) -> new PlanHistory.GrantPayment(row.getString(1), row.getInt(2),
						row.getObject(3, LocalDate.class), new Money(row.getLong(4))),
				associationId, planId);
	}

	void deleteAll() {
		this.jdbc.update("DELETE FROM plan_grant_payment");
		this.jdbc.update("DELETE FROM plan_grant");
		this.jdbc.update("DELETE FROM plan");
		this.jdbc.update("DELETE FROM plan_association");
	}

	private static Money money(ResultSet row, int column) throws SQLException {
		long ore = row.getLong(column);
		return row.wasNull() ? null : new Money(ore);
	}

	private static OrganisationNumber organisation(String value) {
		return (value != null) ? OrganisationNumber.of(value) : null;
	}

}
