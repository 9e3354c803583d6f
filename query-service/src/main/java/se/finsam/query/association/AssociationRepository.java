package se.finsam.query.association;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import se.finsam.events.DecisionReference;
import se.finsam.events.PersonName;
import se.finsam.events.association.BoardSeat;
import se.finsam.events.association.CharterRules;
import se.finsam.events.association.CharterRulesSet;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.query.JsonColumns;
import se.finsam.query.PersonalNames;

/** The association register's rows. Every statement is scoped by association id. */
@Repository
class AssociationRepository {

	private final JdbcTemplate jdbc;

	private final JsonColumns json;

	AssociationRepository(JdbcTemplate jdbc, JsonColumns json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Inserts the association at version 0; false if it is already there (a re-delivery).
	 */
	boolean insert(UUID associationId, String name, String organisationNumber, Instant at, String by) {
		return this.jdbc.update("""
				INSERT INTO association (association_id, name, organisation_number, version, registered_at,
					registered_by, updated_at)
				VALUES (?, ?, ?, 0, ?, ?, ?)
				ON CONFLICT (association_id) DO NOTHING""", associationId, name, organisationNumber, Timestamp.from(at),
				by, Timestamp.from(at)) == 1;
	}

	/**
	 * Moves the association to {@code sequence} if it is behind it. False means the event
	 * was already applied, so the caller must change nothing.
	 */
	boolean advance(UUID associationId, long sequence, Instant at) {
		return this.jdbc.update(
				"UPDATE association SET version = ?, updated_at = ? WHERE association_id = ? AND version < ?", sequence,
				Timestamp.from(at), associationId, sequence) == 1;
	}

	void addMember(UUID associationId, MemberOrganisation member, Instant at) {
		this.jdbc.update(
				"INSERT INTO association_member (association_id, organisation_number, name, kind, joined_at) VALUES (?, ?, ?, ?, ?)",
				associationId, member.organisationNumber().value(), member.name(), member.kind().name(),
				Timestamp.from(at));
	}

	void putSeat(UUID associationId, BoardSeat seat) {
		this.jdbc.update("""
				INSERT INTO association_board_seat (association_id, member_organisation, ordinary_member, deputy)
				VALUES (?, ?, ?, ?)
				ON CONFLICT (association_id, member_organisation)
				DO UPDATE SET ordinary_member = EXCLUDED.ordinary_member, deputy = EXCLUDED.deputy""", associationId,
				seat.memberOrganisation().value(), seat.ordinaryMember().value(),
				(seat.deputy() != null) ? seat.deputy().value() : null);
	}

	void putCharter(UUID associationId, CharterRulesSet event) {
		this.jdbc.update("""
				INSERT INTO association_charter (association_id, valid_from, rules, decision)
				VALUES (?, ?, CAST(? AS JSONB), CAST(? AS JSONB))
				ON CONFLICT (association_id, valid_from) DO NOTHING""", associationId, event.validFrom(),
				this.json.write(event.rules()), this.json.write(event.decision()));
	}

	// The several reads see one committed state, never a view half way through a batch.
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	Optional<AssociationView> find(UUID associationId) {
		List<AssociationView.Charter> charter = this.jdbc.query("""
				SELECT valid_from, rules, decision FROM association_charter
				WHERE association_id = ? ORDER BY valid_from""",
				(row, i) -> new AssociationView.Charter(row.getObject(1, LocalDate.class),
						this.json.read(row.getString(2), CharterRules.class),
						this.json.read(row.getString(3), DecisionReference.class)),
				associationId);
		List<AssociationView.Member> members = this.jdbc.query("""
				SELECT organisation_number, name, kind FROM association_member
				WHERE association_id = ? ORDER BY joined_at, organisation_number""",
				(row, i) -> new AssociationView.Member(row.getString(1), row.getString(2), row.getString(3)),
				associationId);
		List<AssociationView.Seat> board = this.jdbc.query("""
				SELECT member_organisation, ordinary_member, deputy FROM association_board_seat
				WHERE association_id = ? ORDER BY member_organisation""",
				(row, i) -> new AssociationView.Seat(row.getString(1), row.getString(2), row.getString(3)),
				associationId);
		return this.jdbc
			.query("""
					SELECT association_id, name, organisation_number, version, registered_at, registered_by, updated_at
					FROM association WHERE association_id = ?""",
					(row, i) -> new AssociationView(row.getString(1), row.getString(2), row.getString(3),
							row.getLong(4), row.getTimestamp(5).toInstant(), row.getString(6),
							row.getTimestamp(7).toInstant(), members, board, charter),
					associationId)
			.stream()
			.findFirst();
	}

	/** Blanks the names in the association's board and rules. */
	void blank(UUID associationId, Set<String> names) {
		for (String name : names) {
			this.jdbc.update(
					"UPDATE association_board_seat SET ordinary_member = ? WHERE association_id = ? AND ordinary_member = ?",
					PersonName.ERASED, associationId, name);
			this.jdbc.update("UPDATE association_board_seat SET deputy = ? WHERE association_id = ? AND deputy = ?",
					PersonName.ERASED, associationId, name);
		}
		this.jdbc.query("SELECT valid_from, rules FROM association_charter WHERE association_id = ?",
				(ResultSet row) -> {
					JsonNode rules = this.json.tree(row.getString(2));
					if (PersonalNames.blank(rules, names)) {
						this.jdbc.update(
								"UPDATE association_charter SET rules = CAST(? AS JSONB) WHERE association_id = ? AND valid_from = ?",
								rules.toString(), associationId, row.getObject(1, LocalDate.class));
					}
				}, associationId);
	}

	/**
	 * Every association's id, name and organisation number, by name: for choosing one.
	 */
	List<AssociationView.Summary> list() {
		return this.jdbc.query(
				"SELECT association_id, name, organisation_number FROM association ORDER BY name, association_id",
				(row, i) -> new AssociationView.Summary(row.getString(1), row.getString(2), row.getString(3)));
	}

	void deleteAll() {
		this.jdbc.update("DELETE FROM association");
	}

}
