package se.finsam.local;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stored event's metadata holds who and why (user id, organisation, roles,
 * correlation and causation) and nothing else: no token, password or other secret, and
 * not the access check's own keys. Scans everything the store holds when it runs, with at
 * least one command of its own, signed in with a password.
 */
class EventMetadataIT {

	private static final Set<String> ALLOWED = Set.of("userId", "organisation", "roles", "correlationId", "causationId",
			"traceId", "spanId");

	/**
	 * What a secret looks like: a JWT, an encoded password, an Authorization header's
	 * scheme, a private key.
	 */
	private static final Pattern SECRET = Pattern
		.compile("eyJ[A-Za-z0-9_-]{5,}|\\{noop}|\\{bcrypt}|(?i)basic |(?i)bearer |(?i)password|(?i)secret|PRIVATE KEY");

	@Test
	void storedMetadataHoldsOnlyWhoAndWhyAndNoSecret() throws Exception {
		SharedStack.register("Förbundet med metadata");
		List<JsonNode> metadata = new ArrayList<>();
		try (Connection connection = SharedStack.connect("finsam_events");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT convert_from(metadata, 'UTF8') FROM domainevententry "
						+ "UNION ALL SELECT convert_from(metadata, 'UTF8') FROM snapshotevententry")) {
			while (rows.next()) {
				metadata.add(SharedStack.JSON.readTree(rows.getString(1)));
			}
		}
		assertThat(metadata).isNotEmpty();
		for (JsonNode entry : metadata) {
			assertThat(entry.isObject()).as("%s", entry).isTrue();
			for (Iterator<String> keys = entry.fieldNames(); keys.hasNext();) {
				String key = keys.next();
				assertThat(ALLOWED).as("key %s in %s", key, entry).contains(key);
				assertThat(entry.get(key).isTextual()).as("%s in %s", key, entry).isTrue();
				assertThat(SECRET.matcher(entry.get(key).asText()).find()).as("%s in %s", key, entry).isFalse();
			}
			assertThat(entry.path("userId").asText()).as("who, in %s", entry).isNotBlank();
		}
	}

}
