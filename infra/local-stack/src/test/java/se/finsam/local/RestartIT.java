package se.finsam.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.SharedStack.awaitView;
import static se.finsam.local.SharedStack.send;

/**
 * Stop the local stack, start it again on the same data directory: the association, the
 * event store, Kafka's log and the projection's position are all still there. Runs in a
 * JVM of its own (see the pom), since it starts its own broker; it never touches the
 * shared stack.
 */
class RestartIT {

	private static final Duration VIEW_TIMEOUT = Duration.ofSeconds(90);

	@Test
	void everythingIsStillThereAfterARestart(@TempDir Path data) throws Exception {
		LocalStack.Options options = new LocalStack.Options(data, 0, freePort(), freePortPair(),
				SharedStack.properties());
		String id;
		try (LocalStack first = LocalStack.start(options)) {
			SharedStack.Response created = send(first.address(), "POST", "/api/associations", "kansli",
					SharedStack.registration("Före omstart"));
			assertThat(created.status()).isEqualTo(201);
			id = created.body().get("associationId").asText();
			awaitView(first.address(), id, 0, VIEW_TIMEOUT);
		}
		try (LocalStack second = LocalStack.start(options)) {
			assertThat(send(second.address(), "GET", "/api/associations/" + id, "kansli", null).body()
				.get("name")
				.asText()).isEqualTo("Före omstart");
			SharedStack.Response added = send(second.address(), "POST", "/api/associations/" + id + "/members",
					"kansli", Map.of("expectedVersion", 0, "member", Map.of("name", "Hagfors kommun", "kind",
							"MUNICIPALITY", "organisationNumber", "212000-1827")));
			assertThat(added.status()).as(String.valueOf(added.body())).isEqualTo(200);
			assertThat(awaitView(second.address(), id, 1, VIEW_TIMEOUT).get("members")).hasSize(5);
		}
	}

	/**
	 * A port whose next one is free too (the broker's controller takes it), below the
	 * range the system hands out for outgoing connections, which a busy test run fills.
	 */
	private static int freePortPair() {
		java.util.Random random = new java.util.Random();
		for (int attempt = 0; attempt < 1000; attempt++) {
			int port = 20_000 + 2 * random.nextInt(6_000);
			try (ServerSocket first = new ServerSocket(port); ServerSocket second = new ServerSocket(port + 1)) {
				return port;
			}
			catch (IOException taken) {
				// try another
			}
		}
		throw new IllegalStateException("No two free ports in a row");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
