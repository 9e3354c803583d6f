package se.finsam.command.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first event of an aggregate, read from the event store: it names the association
 * the aggregate belongs to and, for an application or intervention, the member
 * organisation that owns it. First events are never edited, so they are kept once read.
 */
class AggregateOrigins {

	private final JdbcTemplate jdbc;

	private final ObjectMapper json = new ObjectMapper();

	private final Map<String, JsonNode> known = new ConcurrentHashMap<>();

	AggregateOrigins(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The first event's payload, or empty if the aggregate has no events (yet). */
	Optional<JsonNode> of(String aggregateId) {
		JsonNode cached = this.known.get(aggregateId);
		if (cached != null) {
			return Optional.of(cached);
		}
		List<byte[]> payloads = this.jdbc.query(
				"SELECT payload FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber LIMIT 1",
				(row, index) -> row.getBytes(1), aggregateId);
		if (payloads.isEmpty()) {
			return Optional.empty();
		}
		try {
			JsonNode payload = this.json.readTree(payloads.get(0));
			this.known.put(aggregateId, payload);
			return Optional.of(payload);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
