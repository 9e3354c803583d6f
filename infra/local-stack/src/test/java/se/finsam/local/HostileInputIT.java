package se.finsam.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import se.finsam.local.SharedStack.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of malformed and boundary requests to the command API, made by mutating valid
 * ones: wrong types, huge and control-character strings, deep nesting, unknown fields,
 * bad ids, numbers out of range, cut-off JSON. None may answer 5xx, none that is refused
 * may leave an event behind, and no answer may show a stack trace or the system's
 * insides.
 */
class HostileInputIT {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** What an answer must never show. */
	private static final Pattern INSIDES = Pattern.compile(
			"Exception|\\bat [a-z]+\\.[a-z]+\\.|se\\.finsam\\.|org\\.springframework|java\\.|com\\.fasterxml|org\\.axonframework|SQL|postgres|\"trace\"",
			Pattern.CASE_INSENSITIVE);

	private static final List<Endpoint> ENDPOINTS = new ArrayList<>();

	/** Dead letters before the hostile requests (other tests may have parked some). */
	private static long deadLettersBefore;

	/** A valid request to mutate. */
	record Endpoint(String method, String path, String user, JsonNode body) {
	}

	@BeforeContainer
	static void validRequests() throws Exception {
		deadLettersBefore = SharedStack.count("finsam_projections", "SELECT count(*) FROM deadletterentry");
		String association = Cases.associationWithBudget(1_000_000);
		String application = Cases.preparedApplication(association, "Navet", 100_000);
		String plan = Cases.planIdOf(association);
		ENDPOINTS.add(endpoint("POST", "/api/associations", "kansli", SharedStack.registration("Fuzz")));
		ENDPOINTS
			.add(endpoint("POST", "/api/associations/" + association + "/members", "kansli", Map.of("expectedVersion",
					1, "member",
					Map.of("name", "Hagfors kommun", "kind", "MUNICIPALITY", "organisationNumber", "212000-1827"))));
		ENDPOINTS.add(endpoint("POST", "/api/meetings", "kansli",
				Map.of("associationId", association, "date", Cases.TODAY.toString(), "startTime", "13:00", "place",
						"Kommunhuset", "chair", "Anna Andersson", "firstItemNumber", 1)));
		ENDPOINTS.add(endpoint("POST", "/api/applications", "part", Map.of("associationId", association, "applicant",
				Cases.FORSHAGA, "content", Cases.content("Fuzz", 10_000))));
		ENDPOINTS.add(endpoint("POST", "/api/applications/" + application + "/withdrawal", "part",
				Map.of("expectedVersion", 3, "reason", "Vi drar tillbaka ansökan.")));
		ENDPOINTS.add(endpoint("POST", "/api/plans/" + plan + "/outcomes", "kansli", Map.of("budgetYear", Cases.YEAR,
				"lineCode", "fria-medel", "asOf", Cases.TODAY.toString(), "amount", 1000, "source", "Huvudbok")));
		ENDPOINTS.add(endpoint("PUT", "/api/associations/" + association + "/charter", "kansli",
				Map.of("expectedVersion", 1, "validFrom", Cases.YEAR + "-06-01", "decision", Map.of("meetingId",
						java.util.UUID.randomUUID(), "meetingDate", Cases.TODAY.toString(), "item", 7), "rules",
						Cases.rules())));
	}

	private static Endpoint endpoint(String method, String path, String user, Object body) throws Exception {
		JsonNode json = (body instanceof String text) ? SharedStack.JSON.readTree(text)
				: SharedStack.JSON.valueToTree(body);
		return new Endpoint(method, path, user, json);
	}

	@Property(tries = 2000, seed = "20261123")
	void noMalformedRequestBreaksTheApiOrLeavesAnEvent(@ForAll("requests") Attempt attempt) {
		long before = SharedStack.allStoredEvents();
		Response response = SharedStack.send(attempt.endpoint().method(), attempt.endpoint().path(),
				attempt.endpoint().user(), attempt.body());
		assertThat(response.status()).as("%s", attempt).isLessThan(500);
		if (response.status() >= 400) {
			assertThat(SharedStack.allStoredEvents()).as("events after a refused %s", attempt).isEqualTo(before);
		}
		if (response.body() != null) {
			assertThat(INSIDES.matcher(response.body().toString()).find()).as("%s answered %s", attempt, response)
				.isFalse();
		}
	}

	/**
	 * Whatever was accepted, every view can keep: all projections catch up, and nothing
	 * had to be set aside as a dead letter.
	 */
	@AfterContainer
	static void everyAcceptedRequestReachesTheViews() {
		SharedStack.awaitViewsCaughtUp("the views caught up after the hostile requests",
				java.time.Duration.ofSeconds(90));
		assertThat(SharedStack.count("finsam_projections", "SELECT count(*) FROM deadletterentry"))
			.isEqualTo(deadLettersBefore);
	}

	@Example
	void aBodyOverTheLimitIsRefusedUnread() {
		long before = SharedStack.allStoredEvents();
		Endpoint meeting = ENDPOINTS.get(2);
		ObjectNode body = meeting.body().deepCopy();
		body.put("place", "x".repeat(2 * 1024 * 1024));
		Response response = SharedStack.send(meeting.method(), meeting.path(), meeting.user(), body.toString());
		assertThat(response.status()).isEqualTo(413);
		assertThat(SharedStack.allStoredEvents()).isEqualTo(before);
	}

	/** A request body as sent, and what was done to it. */
	record Attempt(Endpoint endpoint, String mutation, String body) {

		@Override
		public String toString() {
			return this.endpoint.method() + " " + this.endpoint.path() + " (" + this.mutation + "): "
					+ ((this.body.length() > 300) ? this.body.substring(0, 300) + "…" : this.body);
		}

	}

	@Provide
	Arbitrary<Attempt> requests() {
		return Combinators
			.combine(Arbitraries.of(ENDPOINTS), Arbitraries.integers().between(0, 1000), hostileValues(),
					Arbitraries.of("replace", "unknown", "truncate", "remove", "wrap"))
			.as(HostileInputIT::mutate);
	}

	private static Attempt mutate(Endpoint endpoint, int choice, JsonNode value, String mutation) {
		JsonNode body = endpoint.body().deepCopy();
		List<Slot> slots = new ArrayList<>();
		collect(body, slots);
		Slot slot = slots.get(choice % slots.size());
		String text;
		switch (mutation) {
			case "replace" -> {
				slot.set(value);
				text = body.toString();
			}
			case "unknown" -> {
				((ObjectNode) slot.parentObject(body)).set("unbekannt" + choice, value);
				text = body.toString();
			}
			case "remove" -> {
				slot.remove();
				text = body.toString();
			}
			case "wrap" -> {
				slot.set(NODES.arrayNode().add(slot.value()));
				text = body.toString();
			}
			default -> {
				String whole = body.toString();
				text = whole.substring(0, choice % whole.length());
			}
		}
		return new Attempt(endpoint, mutation + " " + slot.name(), text);
	}

	/** Wrong types, boundaries, control characters, deep nesting, bad ids. */
	private static Arbitrary<JsonNode> hostileValues() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40).map(NODES::textNode),
				Arbitraries.strings()
					.withChars("\u0000\n\r\t\u2028\u3000\"\\<>&'%{}")
					.ofMaxLength(20)
					.map(NODES::textNode),
				Arbitraries.integers().between(1_000, 200_000).map((length) -> NODES.textNode("å".repeat(length))),
				Arbitraries
					.of("-1", "0", "2147483648", "-9223372036854775809", "1e400", "0.000000001",
							"99999999999999999999.999")
					.map((number) -> NODES.numberNode(new java.math.BigDecimal(number))),
				Arbitraries
					.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "2025-02-30", "24:61", "999999-9999",
							"' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "${jndi:x}")
					.map(NODES::textNode),
				Arbitraries.integers().between(10, 200).map(HostileInputIT::nested),
				Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode()));
	}

	private static JsonNode nested(int depth) {
		JsonNode node = NODES.textNode("x");
		for (int i = 0; i < depth; i++) {
			ArrayNode array = NODES.arrayNode();
			array.add(node);
			node = array;
		}
		return node;
	}

	/** One value in the body: where it is, so that it can be replaced or removed. */
	record Slot(String name, JsonNode parent, String field, int index) {

		JsonNode value() {
			return (this.field != null) ? this.parent.get(this.field) : this.parent.get(this.index);
		}

		void set(JsonNode value) {
			if (this.field != null) {
				((ObjectNode) this.parent).set(this.field, value);
			}
			else {
				((ArrayNode) this.parent).set(this.index, value);
			}
		}

		void remove() {
			if (this.field != null) {
				((ObjectNode) this.parent).remove(this.field);
			}
			else {
				((ArrayNode) this.parent).remove(this.index);
			}
		}

		JsonNode parentObject(JsonNode root) {
			return this.parent.isObject() ? this.parent : root;
		}

	}

	private static void collect(JsonNode node, List<Slot> slots) {
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : List.copyOf(node.properties())) {
				slots.add(new Slot(field.getKey(), node, field.getKey(), -1));
				collect(field.getValue(), slots);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				slots.add(new Slot("[" + i + "]", node, null, i));
				collect(node.get(i), slots);
			}
		}
	}

}
