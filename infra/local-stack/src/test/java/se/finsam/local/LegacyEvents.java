package se.finsam.local;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Events as an auditor can meet them although today's commands refuse to record them:
 * written by an older version of the system or by an import of another system's records.
 * A row is appended to the event store like any other (same serialized form: a copy of a
 * real event of the type with its payload altered), and the ordinary publisher carries it
 * to Kafka and the query side.
 */
final class LegacyEvents {

	private LegacyEvents() {
	}

	/**
	 * Appends a copy of the latest {@code type} event of {@code template}, with its
	 * payload altered, as the next event of {@code aggregate}; returns its event id.
	 */
	static String append(String template, String type, String aggregate, UnaryOperator<ObjectNode> alter) {
		String eventId = UUID.randomUUID().toString();
		try (Connection connection = SharedStack.connect("finsam_events")) {
			ObjectNode payload = (ObjectNode) Cases.lastPayload(template, type);
			String sql = """
					INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
					  metadata, payload, payloadrevision, payloadtype, timestamp)
					SELECT ?, (SELECT coalesce(max(sequencenumber) + 1, 0) FROM domainevententry
					           WHERE aggregateidentifier = ?),
					  type, ?, metadata, convert_to(?, 'UTF8'), payloadrevision, payloadtype, ?
					FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?
					ORDER BY sequencenumber DESC LIMIT 1
					""";
			try (PreparedStatement insert = connection.prepareStatement(sql)) {
				insert.setString(1, aggregate);
				insert.setString(2, aggregate);
				insert.setString(3, eventId);
				insert.setString(4, SharedStack.JSON.writeValueAsString(alter.apply(payload)));
				insert.setString(5, Instant.now().toString());
				insert.setString(6, template);
				insert.setString(7, "%." + type);
				if (insert.executeUpdate() != 1) {
					throw new IllegalStateException("No " + type + " on " + template + " to copy");
				}
			}
		}
		catch (SQLException | JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		return eventId;
	}

	/** The ids of the events of a type on an aggregate, in order. */
	static List<String> ids(String aggregate, String type) {
		List<String> ids = new ArrayList<>();
		try (Connection connection = SharedStack.connect("finsam_events");
				PreparedStatement select = connection.prepareStatement("SELECT eventidentifier FROM domainevententry "
						+ "WHERE aggregateidentifier = ? AND payloadtype LIKE ? ORDER BY sequencenumber")) {
			select.setString(1, aggregate);
			select.setString(2, "%." + type);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return ids;
	}

}
