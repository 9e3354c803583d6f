package se.finsam.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop the local stack, start it again on the same data directory: the association, the
 * event store, Kafka's log and the projection's position are all still there. Runs in a
 * JVM of its own (see the pom), since it starts its own broker.
 */
class RestartIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void everythingIsStillThereAfterARestart(@TempDir Path data) throws Exception {
		int postgresPort = freePort();
		int kafkaPort = freePort();
		LocalStack.Options options = new LocalStack.Options(data, 0, postgresPort, kafkaPort,
				List.of("logging.level.root=WARN"));
		String id;
		try (LocalStack first = LocalStack.start(options)) {
			HttpResponse<String> created = post(first, "/api/associations", SharedStack.registration("Före omstart"));
			assertThat(created.statusCode()).isEqualTo(201);
			id = JSON.readTree(created.body()).get("associationId").asText();
			awaitVersion(first, id, 0);
		}
		try (LocalStack second = LocalStack.start(options)) {
			assertThat(view(second, id).get("name").asText()).isEqualTo("Före omstart");
			HttpResponse<String> added = post(second, "/api/associations/" + id + "/members",
					"{\"expectedVersion\":0,\"member\":{\"name\":\"Hagfors kommun\",\"kind\":\"MUNICIPALITY\","
							+ "\"organisationNumber\":\"212000-1827\"}}");
			assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
			assertThat(awaitVersion(second, id, 1).get("members")).hasSize(5);
		}
	}

	private JsonNode awaitVersion(LocalStack stack, String id, long version) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (true) {
			JsonNode view = view(stack, id);
			if (view != null && view.get("version").asLong() >= version) {
				return view;
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("association " + id + " never reached version " + version);
			}
			Thread.sleep(200);
		}
	}

	private JsonNode view(LocalStack stack, String id) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request(stack, "/api/associations/" + id).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return (response.statusCode() == 200) ? JSON.readTree(response.body()) : null;
	}

	private HttpResponse<String> post(LocalStack stack, String path, String body)
			throws IOException, InterruptedException {
		return this.http.send(request(stack, path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder request(LocalStack stack, String path) {
		return HttpRequest.newBuilder(URI.create(stack.address() + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("kansli:kansli".getBytes(StandardCharsets.UTF_8)));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
