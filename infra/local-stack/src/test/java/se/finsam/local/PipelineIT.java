package se.finsam.local;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.SharedStack.JSON;
import static se.finsam.local.SharedStack.allStoredEvents;
import static se.finsam.local.SharedStack.awaitView;
import static se.finsam.local.SharedStack.municipality;
import static se.finsam.local.SharedStack.register;
import static se.finsam.local.SharedStack.send;
import static se.finsam.local.SharedStack.storedEvents;

/**
 * Command → event store → Kafka → projection → query, and how bad input and conflicts are
 * answered.
 */
class PipelineIT {

	private static final Duration VIEW_TIMEOUT = Duration.ofSeconds(60);

	@BeforeAll
	static void startStack() {
		SharedStack.get();
	}

	@Test
	void aRegistrationTravelsFromCommandToQueryWithItsMetadata() throws Exception {
		String id = register("Samordningsförbundet Värend");

		assertThat(storedEvents(id)).isEqualTo(1);
		try (Connection connection = SharedStack.connect("finsam_events");
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(
						"SELECT payloadtype, payloadrevision, metadata, timestamp FROM domainevententry WHERE aggregateidentifier = '"
								+ id + "'")) {
			assertThat(row.next()).isTrue();
			assertThat(row.getString("payloadtype")).isEqualTo("se.finsam.events.association.AssociationRegistered");
			assertThat(row.getString("payloadrevision")).isEqualTo("2");
			JsonNode metadata = JSON.readTree(row.getBytes("metadata"));
			assertThat(metadata.get("userId").asText()).isEqualTo("kansli");
			assertThat(metadata.get("organisation").asText()).isEqualTo("Kansliet");
			assertThat(metadata.get("roles").asText()).isEqualTo("EXECUTIVE");
			assertThat(metadata.get("correlationId").asText()).isNotBlank();
			assertThat(metadata.get("causationId").asText()).isNotBlank();
			assertThat(row.getString("timestamp")).endsWith("Z");
			assertThat(Instant.parse(row.getString("timestamp"))).isBefore(Instant.now().plusSeconds(1));
		}

		JsonNode view = awaitView(id, 0, VIEW_TIMEOUT);
		assertThat(view.get("name").asText()).isEqualTo("Samordningsförbundet Värend");
		assertThat(view.get("registeredBy").asText()).isEqualTo("kansli");
		assertThat(view.get("members")).hasSize(4);
		assertThat(view.get("board").get(0).get("ordinaryMember").asText()).isEqualTo("Anna Andersson");

		Map<String, Object> addition = Map.of("expectedVersion", 0, "member",
				Map.of("name", "Hagfors kommun", "kind", "MUNICIPALITY", "organisationNumber", "212000-1827"));
		SharedStack.Response added = send("POST", "/api/associations/" + id + "/members", "kansli", addition);
		assertThat(added.status()).isEqualTo(200);
		assertThat(added.body().get("version").asLong()).isEqualTo(1);
		assertThat(awaitView(id, 1, VIEW_TIMEOUT).get("members")).hasSize(5);
	}

	@Test
	void invalidInputIsA400WithMessagesAndRecordsNothing() {
		long before = allStoredEvents();
		SharedStack.Response response = send("POST", "/api/associations", "kansli", """
				{"name": " ", "organisationNumber": "222000-2635", "members": []}""");
		assertThat(response.status()).isEqualTo(400);
		List<String> fields = response.body().get("errors").findValuesAsText("field");
		assertThat(fields).contains("name", "organisationNumber", "members");
		assertThat(response.body().get("code").asText()).isEqualTo("invalid-input");
		assertThat(response.body().get("errors").findValuesAsText("message")).contains("Ange förbundets namn.",
				"Organisationsnumret ska skrivas NNNNNN-NNNN och ha rätt kontrollsiffra.");
		assertThat(allStoredEvents()).isEqualTo(before);
	}

	@Test
	void aBrokenDomainRuleIsA422NamingTheRuleInSwedishAndRecordsNothing() {
		long before = allStoredEvents();
		SharedStack.Response response = send("POST", "/api/associations", "kansli", """
				{"name": "Utan region", "organisationNumber": "222000-2634", "members": [
				 {"name": "Försäkringskassan", "kind": "STATE_AGENCY", "organisationNumber": "202100-5521"},
				 {"name": "Forshaga kommun", "kind": "MUNICIPALITY", "organisationNumber": "212000-1785"}]}""");
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body().get("code").asText()).isEqualTo("rule-violated");
		assertThat(response.body().get("errors").findValuesAsText("code"))
			.containsExactly("association.members.region-required");
		assertThat(response.body().get("errors").findValuesAsText("message"))
			.containsExactly("Lägg till minst en region som medlem.");
		assertThat(allStoredEvents()).isEqualTo(before);
	}

	@Test
	void aCommandWithoutALoggedInUserIsRefusedAndRecordsNothing() {
		long before = allStoredEvents();
		SharedStack.Response response = send("POST", "/api/associations", null, SharedStack.registration("Anonym"));
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body().get("title").asText()).isEqualTo("Inloggning krävs");
		assertThat(allStoredEvents()).isEqualTo(before);
	}

	@Test
	void twoConcurrentUpdatesOfOneAssociationOneWinsTheOtherGets409() throws Exception {
		String id = register("Samtidiga ändringar");
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> addMember = () -> {
			start.await();
			return send("POST", "/api/associations/" + id + "/members", "kansli",
					Map.of("expectedVersion", 0, "member", Map.of("name", "Ny kommun", "kind", "MUNICIPALITY",
							"organisationNumber", municipality((int) (Math.random() * 90000)))))
				.status();
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = pool.submit(addMember);
			Future<Integer> second = pool.submit(addMember);
			start.countDown();
			assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(storedEvents(id)).isEqualTo(2);
	}

	@Test
	void anUnknownAssociationIs404OnBothSides() {
		String unknown = "7a0e8c1e-2a65-4d59-8b0e-6d3f1d0c9e77";
		assertThat(send("GET", "/api/associations/" + unknown, "revisor", null).status()).isEqualTo(404);
		assertThat(send("POST", "/api/associations/" + unknown + "/members", "kansli",
				Map.of("expectedVersion", 0, "member",
						Map.of("name", "Hagfors kommun", "kind", "MUNICIPALITY", "organisationNumber", "212000-1827")))
			.status()).isEqualTo(404);
	}

}
