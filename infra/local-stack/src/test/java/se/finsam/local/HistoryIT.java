package se.finsam.local;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import se.finsam.command.history.HistoryVerifier;
import se.finsam.local.SharedStack.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.SharedStack.send;

/**
 * The verifiable history on the real event store: every event becomes a leaf, checkpoints
 * are sealed, an event's inclusion and a later checkpoint's consistency are proven, and a
 * single changed byte in one stored event is caught.
 */
class HistoryIT {

	@Test
	void checkpointsHoldProofsVerifyAndOneChangedByteIsCaught() throws Exception {
		String association = SharedStack.register("Verifierat förbund");
		long first = seal("Första kontrollpunkten");
		send("POST", "/api/associations/" + association + "/members", "kansli",
				Map.of("expectedVersion", 0, "member", Map.of("name", "Ny kommun", "kind", "MUNICIPALITY",
						"organisationNumber", SharedStack.municipality(3))));
		long second = seal("Andra kontrollpunkten");
		assertThat(second).isGreaterThan(first);

		JsonNode verification = send("GET", "/api/history/verification", "revisor", null).body();
		assertThat(verification.get("valid").asBoolean()).isTrue();
		assertThat(verification.get("checkpoints").findValuesAsText("valid")).doesNotContain("false");

		String eventId = firstEventOf(association);
		JsonNode inclusion = send("GET", "/api/history/inclusion/" + eventId + "?checkpoint=" + second, "revisor", null)
			.body();
		assertThat(inclusion.get("verified").asBoolean()).isTrue();
		assertThat(inclusion.get("auditPath").size()).isGreaterThan(0);
		JsonNode consistency = send("GET", "/api/history/consistency?from=" + first + "&to=" + second, "revisor", null)
			.body();
		assertThat(consistency.get("verified").asBoolean()).isTrue();

		byte[] original = payload(eventId);
		byte[] tampered = original.clone();
		tampered[tampered.length / 2] ^= 0x01;
		try {
			overwrite(eventId, tampered);
			JsonNode broken = send("GET", "/api/history/verification", "revisor", null).body();
			assertThat(broken.get("valid").asBoolean()).as("one flipped bit in one event").isFalse();
			ByteArrayOutputStream printed = new ByteArrayOutputStream();
			int exit = HistoryCheck.report(new HistoryVerifier(dataSource()).verify(),
					new PrintStream(printed, true, StandardCharsets.UTF_8));
			assertThat(exit).isEqualTo(1);
			assertThat(printed.toString(StandardCharsets.UTF_8)).contains("FEL").contains("stämmer INTE");
		}
		finally {
			overwrite(eventId, original);
		}
		assertThat(send("GET", "/api/history/verification", "revisor", null).body().get("valid").asBoolean()).isTrue();
	}

	@Test
	void eventsCommittedOutOfOrderByConcurrentCommandsAllBecomeLeaves() throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> registered = new ArrayList<>();
			for (int i = 0; i < 80; i++) {
				int index = i;
				registered.add(clients.submit(() -> SharedStack.register("Samtidigt förbund " + index)));
			}
			for (Future<String> association : registered) {
				association.get();
			}
		}
		finally {
			clients.shutdown();
		}
		SharedStack.await("every event in the history", Duration.ofSeconds(60),
				() -> send("GET", "/api/history/verification", "revisor", null).body().get("pending").asLong() == 0);
		assertThat(SharedStack.count("finsam_events", "SELECT count(*) FROM domainevententry e WHERE NOT EXISTS "
				+ "(SELECT 1 FROM history_leaf l WHERE l.global_index = e.globalindex)"))
			.isZero();
	}

	/** Seals a checkpoint once every stored event is a leaf; returns its size. */
	private static long seal(String reason) {
		SharedStack.await("every event in the history", Duration.ofSeconds(60),
				() -> send("GET", "/api/history/verification", "revisor", null).body().get("pending").asLong() == 0);
		Response sealed = send("POST", "/api/history/checkpoints", "kansli", Map.of("reason", reason));
		assertThat(sealed.status()).as("%s", sealed).isEqualTo(200);
		for (JsonNode checkpoint : sealed.body().get("checkpoints")) {
			if (checkpoint.get("reason").asText().equals(reason)) {
				return checkpoint.get("size").asLong();
			}
		}
		throw new AssertionError("no checkpoint sealed for " + reason + ": " + sealed);
	}

	private static String firstEventOf(String aggregate) throws Exception {
		try (Connection connection = SharedStack.connect("finsam_events");
				PreparedStatement statement = connection.prepareStatement(
						"SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0")) {
			statement.setString(1, aggregate);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getString(1);
			}
		}
	}

	private static byte[] payload(String eventId) throws Exception {
		try (Connection connection = SharedStack.connect("finsam_events");
				PreparedStatement statement = connection
					.prepareStatement("SELECT payload FROM domainevententry WHERE eventidentifier = ?")) {
			statement.setString(1, eventId);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getBytes(1);
			}
		}
	}

	/**
	 * What someone with database access could do: switch off the guard and rewrite a
	 * fact.
	 */
	private static void overwrite(String eventId, byte[] payload) throws Exception {
		try (Connection connection = SharedStack.connect("finsam_events")) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("ALTER TABLE domainevententry DISABLE TRIGGER domainevententry_immutable");
			}
			try (PreparedStatement update = connection
				.prepareStatement("UPDATE domainevententry SET payload = ? WHERE eventidentifier = ?")) {
				update.setBytes(1, payload);
				update.setString(2, eventId);
				update.executeUpdate();
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("ALTER TABLE domainevententry ENABLE TRIGGER domainevententry_immutable");
			}
			connection.commit();
		}
	}

	private static PGSimpleDataSource dataSource() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(SharedStack.get().postgres().jdbcUrl("finsam_events"));
		dataSource.setUser(SharedStack.get().postgres().username());
		dataSource.setPassword(SharedStack.get().postgres().password());
		return dataSource;
	}

}
