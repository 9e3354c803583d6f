package se.finsam.query.audit;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The audit trail's rows: every event once, scoped by association. */
import se.finsam.query.JsonColumns;
import se.finsam.query.PersonalNames;

@Repository
class AuditRepository {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final JdbcTemplate jdbc;

	private final JsonColumns json;

	AuditRepository(JdbcTemplate jdbc, JsonColumns json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Stores the event unless it is there already (a re-delivered copy has the same id).
	 */
	void insert(UUID associationId, AuditEntry entry) {
		this.jdbc.update("""
				INSERT INTO audit_event (event_id, association_id, occurred_at, event_type, revision, aggregate_type,
					aggregate_id, sequence_number, user_id, organisation, roles, correlation_id, causation_id, payload)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB))
				ON CONFLICT (event_id) DO NOTHING""", entry.eventId(), associationId, Timestamp.from(entry.at()),
				entry.type(), entry.revision(), entry.aggregateType(), entry.aggregateId(), entry.sequence(),
				entry.user(), entry.organisation(), entry.roles(), entry.correlationId(), entry.causationId(),
				entry.data().toString());
	}

	long count(UUID associationId, AuditFilter filter) {
		List<Object> parameters = new ArrayList<>();
		String where = where(associationId, filter, parameters);
		Long count = this.jdbc.queryForObject("SELECT count(*) FROM audit_event " + where, Long.class,
				parameters.toArray());
		return (count != null) ? count : 0;
	}

	/** The events in the order they happened, one page of them. */
	List<AuditEntry> find(UUID associationId, AuditFilter filter, int offset, int limit, AuditSentences sentences) {
		List<Object> parameters = new ArrayList<>();
		String where = where(associationId, filter, parameters);
		parameters.add(limit);
		parameters.add(offset);
		String sql = "SELECT event_id, occurred_at, event_type, revision, aggregate_type, aggregate_id, "
				+ "sequence_number, user_id, organisation, roles, correlation_id, causation_id, payload "
				+ "FROM audit_event " + where
				+ " ORDER BY occurred_at, aggregate_id, sequence_number, event_id LIMIT ? OFFSET ?";
		return this.jdbc.query(sql, (row, i) -> {
			JsonNode data = this.json.tree(row.getString(13));
			String type = row.getString(3);
			JsonNode decision = data.path("decision");
			return new AuditEntry(row.getString(1), row.getTimestamp(2).toInstant(), type, row.getString(4),
					row.getString(5), row.getString(6), row.getLong(7), row.getString(8), row.getString(9),
					row.getString(10), row.getString(11), row.getString(12), decision.isObject()
							? decision.path("meetingDate").asText() + " § " + decision.path("item").asText() : null,
					sentences.sentence(type, data), data);
		}, parameters.toArray());
	}

	/** Blanks the names in the association's event data, as a rebuild would show them. */
	void blank(UUID associationId, Set<String> names) {
		for (String name : names) {
			this.jdbc.query(
					"SELECT event_id, payload FROM audit_event WHERE association_id = ? AND strpos(payload::text, ?) > 0",
					(ResultSet row) -> {
						JsonNode data = this.json.tree(row.getString(2));
						if (PersonalNames.blank(data, names)) {
							this.jdbc.update("UPDATE audit_event SET payload = CAST(? AS JSONB) WHERE event_id = ?",
									data.toString(), row.getString(1));
						}
					}, associationId, name);
		}
	}

	void deleteAll() {
		this.jdbc.update("DELETE FROM audit_event");
	}

	private static String where(UUID associationId, AuditFilter filter, List<Object> parameters) {
		StringBuilder where = new StringBuilder("WHERE association_id = ?");
		parameters.add(associationId);
		if (filter.from() != null) {
			where.append(" AND occurred_at >= ?");
			parameters.add(Timestamp.from(filter.from().atStartOfDay(SWEDEN).toInstant()));
		}
		if (filter.to() != null) {
			where.append(" AND occurred_at < ?");
			parameters.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(SWEDEN).toInstant()));
		}
		if (filter.until() != null) {
			where.append(" AND occurred_at <= ?");
			parameters.add(Timestamp.from(filter.until()));
		}
		if (filter.user() != null) {
			where.append(" AND user_id = ?");
			parameters.add(filter.user());
		}
		if (filter.aggregate() != null) {
			where.append(" AND aggregate_id = ?");
			parameters.add(filter.aggregate());
		}
		if (filter.type() != null) {
			where.append(" AND event_type = ?");
			parameters.add(filter.type());
		}
		return where.toString();
	}

}
