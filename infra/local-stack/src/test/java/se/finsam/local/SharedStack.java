package se.finsam.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * One stack (real PostgreSQL, real Kafka broker, both services, the gateway) per test
 * JVM, shared by every integration test class, and the small helpers they use to talk to
 * it.
 */
final class SharedStack {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String TOPIC = "finsam.events";

	private static LocalStack stack;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private SharedStack() {
	}

	static synchronized LocalStack get() {
		if (stack == null) {
			try {
				// Short backoffs so that tests see recovery quickly; production keeps the
				// defaults.
				stack = LocalStack.start(new LocalStack.Options(null, 0, 0, 0, properties()));
			}
			catch (Exception ex) {
				throw new IllegalStateException("The stack did not start", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
		}
		return stack;
	}

	/**
	 * The stack's settings for the tests: the four users the tests act as
	 * ({@code kansli}, {@code admin}, {@code part}, {@code revisor}) keep their roles but
	 * act in every association the tests register and, as partner, for every
	 * organisation; {@code part} is also a project owner. The demo users keep their
	 * scope: the access tests use them.
	 */
	static List<String> properties() {
		List<String> properties = new ArrayList<>(
				List.of("logging.level.root=WARN", "finsam.security.log-file=" + SECURITY_LOG,
						"finsam.security.local-login.users[part].roles=PARTNER,PROJECT_OWNER"));
		for (String user : EVERYWHERE) {
			properties.add("finsam.security.local-login.users[" + user + "].everywhere=true");
		}
		RoleUsers.ALL.forEach((user) -> properties.addAll(user.properties()));
		return properties;
	}

	/** Where the stack in the tests writes its security log. */
	static final java.nio.file.Path SECURITY_LOG = java.nio.file.Path.of("target", "security-it.log").toAbsolutePath();

	/** The users that act in every association in the tests. */
	static final List<String> EVERYWHERE = List.of("kansli", "admin", "part", "revisor");

	/** An HTTP response: status and parsed JSON body (or null). */
	record Response(int status, JsonNode body) {
	}

	static Response send(String method, String path, String user, Object body) {
		return send(get().address(), method, path, user, body);
	}

	/**
	 * Sends to any stack's address (user and password are the same for the local users).
	 */
	static Response send(String address, String method, String path, String user, Object body) {
		return send(address, method, path, user, body, "application/json");
	}

	/** As {@link #send(String, String, String, String, Object)}, of this content type. */
	static Response send(String address, String method, String path, String user, Object body, String contentType) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address + path))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", contentType)
				.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers
					.ofString((body instanceof String text) ? text : JSON.writeValueAsString(body)));
			if (user != null) {
				request.header("Authorization", "Basic "
						+ Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
			}
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = response.body().isBlank() || !response.body().strip().startsWith("{") ? null
					: JSON.readTree(response.body());
			return new Response(response.statusCode(), json);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A file from the API as the user gets it: the raw bytes, read one byte per
	 * character.
	 */
	static String download(String path, String user) {
		return new String(bytes(path, user), StandardCharsets.ISO_8859_1);
	}

	/** A UTF-8 text or file from the API, as the user gets it. */
	static String text(String path, String user) {
		return new String(bytes(path, user), StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String path, String user) {
		try {
			HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(get().address() + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new AssertionError(path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String text(String path) {
		try {
			return HTTP
				.send(HttpRequest.newBuilder(URI.create(get().address() + path)).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Waits until the condition holds; fails with {@code what} after {@code timeout}. */
	static void await(String what, Duration timeout, BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Timed out after " + timeout + " waiting for: " + what);
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	/** Waits until every projection has processed everything on the topic. */
	static void awaitViewsCaughtUp(String what, Duration timeout) {
		await(what, timeout,
				() -> send("GET", "/api/admin/projections", "admin", null).body()
					.get("projections")
					.findValuesAsText("lag")
					.stream()
					.allMatch("0"::equals));
	}

	/** Runs a single-value count query on one of the stack's databases. */
	static long count(String database, String sql, Object... parameters) {
		try (Connection connection = connect(database);
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Connection connect(String database) throws SQLException {
		LocalStack local = get();
		return DriverManager.getConnection(local.postgres().jdbcUrl(database), local.postgres().username(),
				local.postgres().password());
	}

	static long storedEvents(String aggregateId) {
		return count("finsam_events", "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
				aggregateId);
	}

	static long allStoredEvents() {
		return count("finsam_events", "SELECT count(*) FROM domainevententry");
	}

	/** A valid registration body, with organisation numbers made unique per call. */
	static String registration(String name) {
		return """
				{"name": "%s", "organisationNumber": "222000-2634",
				 "members": [
				  {"name": "Försäkringskassan", "kind": "STATE_AGENCY", "organisationNumber": "202100-5521"},
				  {"name": "Arbetsförmedlingen", "kind": "STATE_AGENCY", "organisationNumber": "202100-2114"},
				  {"name": "Region Värmland", "kind": "REGION", "organisationNumber": "232100-0164"},
				  {"name": "Forshaga kommun", "kind": "MUNICIPALITY", "organisationNumber": "212000-1785"}],
				 "board": [
				  {"memberOrganisation": "202100-5521", "ordinaryMember": "Anna Andersson", "deputy": "Bo Berg"}]}
				""".formatted(name);
	}

	/** Registers an association through the public API and returns its id. */
	static String register(String name) {
		Response response = send("POST", "/api/associations", "kansli", registration(name));
		if (response.status() != 201) {
			throw new AssertionError("Registration refused: " + response);
		}
		return response.body().get("associationId").asText();
	}

	/**
	 * Waits until the query side shows the association at {@code version}; returns it.
	 */
	static JsonNode awaitView(String id, long version, Duration timeout) {
		return awaitView(get().address(), id, version, timeout);
	}

	static JsonNode awaitView(String address, String id, long version, Duration timeout) {
		JsonNode[] seen = new JsonNode[1];
		await("association " + id + " at version " + version + " on the query side", timeout, () -> {
			Response response = send(address, "GET", "/api/associations/" + id, "revisor", null);
			seen[0] = response.body();
			return response.status() == 200 && response.body().get("version").asLong() >= version;
		});
		return seen[0];
	}

	/** A municipality member with a valid, unique-per-index organisation number. */
	static String municipality(int index) {
		String nine = String.format("2120%05d", index);
		for (int digit = 0; digit < 10; digit++) {
			if (se.finsam.events.OrganisationNumber.isValid(nine + digit)) {
				return nine.substring(0, 6) + "-" + nine.substring(6) + digit;
			}
		}
		throw new IllegalStateException();
	}

	/**
	 * Every record on the events topic with this key (an aggregate id), in partition
	 * order.
	 */
	static List<ConsumerRecord<String, byte[]>> recordsOf(String key) {
		List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = consumer()) {
			List<TopicPartition> partitions = consumer.partitionsFor(TOPIC)
				.stream()
				.map((info) -> new TopicPartition(TOPIC, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))) {
				consumer.poll(Duration.ofMillis(500)).forEach((record) -> {
					if (key.equals(record.key())) {
						found.add(record);
					}
				});
			}
		}
		return found;
	}

	static KafkaConsumer<String, byte[]> consumer() {
		Properties properties = new Properties();
		properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, get().kafka().bootstrapServers());
		properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		return new KafkaConsumer<>(properties);
	}

}
