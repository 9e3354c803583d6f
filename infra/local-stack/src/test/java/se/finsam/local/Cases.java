package se.finsam.local;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;
import se.finsam.local.SharedStack.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.SharedStack.send;

/**
 * The case workflow's building blocks for end-to-end tests, through the public API: an
 * association with a board, rules and an adopted budget; prepared applications; a meeting
 * under way.
 */
final class Cases {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	static final int YEAR = TODAY.getYear();

	static final String FK = "202100-5521";

	static final String AF = "202100-2114";

	static final String REGION = "232100-0164";

	static final String FORSHAGA = "212000-1785";

	private Cases() {
	}

	/** A meeting under way, keeping track of its version as the tests change it. */
	static final class Meeting {

		final String id;

		long version;

		private Meeting(String id) {
			this.id = id;
		}

		/** A meeting scheduled elsewhere, at version 0. */
		static Meeting of(String id) {
			return new Meeting(id);
		}

		static Meeting schedule(String association) {
			Response response = send("POST", "/api/meetings", "kansli",
					Map.of("associationId", association, "date", TODAY.toString(), "startTime", "13:00", "place",
							"Kommunhuset, Forshaga", "chair", "Anna Andersson", "firstItemNumber", 1));
			assertThat(response.status()).as("%s", response).isEqualTo(201);
			return new Meeting(response.body().get("meetingId").asText());
		}

		/** A meeting where three of the four ordinary members are present. */
		static Meeting quorate(String association) {
			Meeting meeting = schedule(association);
			for (String member : List.of("Anna Andersson", "Carl Carlsson", "Eva Ek")) {
				meeting.attend(member, "PRESENT");
			}
			return meeting;
		}

		JsonNode attend(String person, String presence) {
			return ok("POST", "/attendance", Map.of("person", person, "presence", presence));
		}

		int agenda(String title, String type, String application) {
			Map<String, Object> body = new LinkedHashMap<>(Map.of("title", title, "type", type));
			if (application != null) {
				body.put("applicationId", application);
			}
			return ok("POST", "/agenda", body).get("item").asInt();
		}

		Response call(String method, String path, Map<String, ?> body) {
			Map<String, Object> withVersion = new LinkedHashMap<>(body);
			withVersion.put("expectedVersion", this.version);
			return send(method, "/api/meetings/" + this.id + path, "kansli", withVersion);
		}

		JsonNode ok(String method, String path, Map<String, ?> body) {
			Response response = call(method, path, body);
			assertThat(response.status()).as("%s %s: %s", method, path, response).isEqualTo(200);
			this.version = response.body().get("version").asLong();
			return response.body();
		}

	}

	/**
	 * A registered association with a board of four, its rules for this year and an
	 * adopted budget.
	 */
	static String associationWithBudget(long freeFunds) {
		return associationWithBudget(freeFunds, "222000-2634");
	}

	/** As {@link #associationWithBudget(long)}, with this organisation number. */
	static String associationWithBudget(long freeFunds, String organisationNumber) {
		return withRulesAndBudget(registerWithBoard(organisationNumber), freeFunds);
	}

	/**
	 * As {@link #associationWithBudget(long, String)}, with a fifth member and its seat
	 * on the board.
	 */
	static String associationWithBudget(long freeFunds, String organisationNumber, Map<String, String> member,
			Map<String, String> seat) {
		return withRulesAndBudget(registerWithBoard(organisationNumber, List.of(member), List.of(seat)), freeFunds);
	}

	private static String withRulesAndBudget(String association, long freeFunds) {
		Response rules = send("PUT", "/api/associations/" + association + "/charter", "kansli",
				Map.of("expectedVersion", 0, "validFrom", YEAR + "-01-01", "decision",
						Map.of("meetingId", UUID.randomUUID(), "meetingDate", (YEAR - 1) + "-11-27", "item", 4),
						"rules", rules()));
		assertThat(rules.status()).as("%s", rules).isEqualTo(200);
		adoptBudget(association, freeFunds);
		return association;
	}

	static String registerWithBoard() {
		return registerWithBoard("222000-2634");
	}

	static String registerWithBoard(String organisationNumber) {
		return registerWithBoard(organisationNumber, List.of(), List.of());
	}

	private static String registerWithBoard(String organisationNumber, List<Map<String, String>> moreMembers,
			List<Map<String, String>> moreSeats) {
		List<Map<String, String>> members = new ArrayList<>(List.of(member("Försäkringskassan", "STATE_AGENCY", FK),
				member("Arbetsförmedlingen", "STATE_AGENCY", AF), member("Region Värmland", "REGION", REGION),
				member("Forshaga kommun", "MUNICIPALITY", FORSHAGA)));
		members.addAll(moreMembers);
		List<Map<String, String>> board = new ArrayList<>(
				List.of(seat(FK, "Anna Andersson", "Bo Berg"), seat(AF, "Carl Carlsson", "Dora Dahl"),
						seat(REGION, "Eva Ek", "Finn Fors"), seat(FORSHAGA, "Gun Gran", "Hans Hed")));
		board.addAll(moreSeats);
		Response response = send("POST", "/api/associations", "kansli", Map.of("name", "Förbundet i Värmland",
				"organisationNumber", organisationNumber, "members", members, "board", board));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.body().get("associationId").asText();
	}

	static Map<String, Object> rules() {
		Map<String, Object> rules = new LinkedHashMap<>();
		rules.put("quorum", "MORE_THAN_HALF");
		rules.put("remoteParticipationCounts", true);
		rules.put("applicationWindows", List.of(Map.of("opens", YEAR + "-01-01", "closes", YEAR + "-12-31")));
		rules.put("goalAreas", List.of("Arbete och studier", "Samverkan"));
		rules.put("minimumParties", 2);
		rules.put("genderEqualityRequired", true);
		rules.put("youngestParticipant", 16);
		rules.put("oldestParticipant", 64);
		rules.put("minutesAdjustmentDays", 14);
		return rules;
	}

	static void adoptBudget(String association, long freeFunds) {
		Response drafted = send("POST", "/api/plans", "kansli",
				Map.of("associationId", association, "year", YEAR, "lines",
						List.of(Map.of("code", "bidrag-fk", "group", "CONTRIBUTION", "name", "Försäkringskassan",
								"member", FK, "amounts", List.of(Map.of("year", YEAR, "amount", 1_000_000))),
								Map.of("code", "fria-medel", "group", "FREE_FUNDS", "name", "Fria medel", "amounts",
										List.of(Map.of("year", YEAR, "amount", freeFunds))))));
		assertThat(drafted.status()).as("%s", drafted).isEqualTo(201);
		Response adopted = send("POST", "/api/plans/" + drafted.body().get("planId").asText() + "/adoption", "kansli",
				Map.of("expectedVersion", 0, "decision",
						Map.of("meetingId", UUID.randomUUID(), "meetingDate", (YEAR - 1) + "-11-27", "item", 5)));
		assertThat(adopted.status()).as("%s", adopted).isEqualTo(200);
	}

	/**
	 * Submits, registers, assesses and proposes an application, as partner and executive.
	 */
	static String preparedApplication(String association, String title, long requested) {
		return preparedApplication(association, title, requested, FORSHAGA);
	}

	/** As {@link #preparedApplication(String, String, long)}, by this member as owner. */
	static String preparedApplication(String association, String title, long requested, String owner) {
		Response submitted = send("POST", "/api/applications", "part",
				Map.of("associationId", association, "applicant", owner, "content", content(title, requested, owner)));
		assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
		String id = submitted.body().get("applicationId").asText();
		ok("/api/applications/" + id + "/registration", Map.of("expectedVersion", 0, "diaryNumber", YEAR + "/14"));
		ok("/api/applications/" + id + "/assessment",
				Map.of("expectedVersion", 1, "assessment", "Väl förankrad hos parterna.", "recommendation", "APPROVE",
						"recommended", List.of(Map.of("year", YEAR, "amount", requested))));
		ok("/api/applications/" + id + "/proposal", Map.of("expectedVersion", 2, "outcome", "APPROVE", "amounts",
				List.of(Map.of("year", YEAR, "amount", requested)), "conditions", "Rapport till varje styrelsemöte."));
		return id;
	}

	/** A valid application's content, Forshaga its owner, for this year. */
	static Map<String, Object> content(String title, long requested) {
		return content(title, requested, FORSHAGA);
	}

	/** A valid application's content, this member its owner, for this year. */
	static Map<String, Object> content(String title, long requested, String owner) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("title", title);
		content.put("owner", owner);
		content.put("participants", List.of(owner, FK, REGION));
		content.put("kind", "INDIVIDUAL");
		content.put("targetGroup",
				Map.of("description", "Unga vuxna långt från arbetsmarknaden", "youngestAge", 18, "oldestAge", 29));
		content.put("period", Map.of("start", YEAR + "-01-01", "end", YEAR + "-12-31"));
		content.put("requested", List.of(Map.of("year", YEAR, "amount", requested)));
		content.put("goalAreas", List.of("Arbete och studier"));
		content.put("measurableGoals",
				List.of(Map.of("description", "Andel som går till arbete eller studier", "target", "minst 45 %")));
		content.put("genderEquality", "Resultat följs upp för kvinnor och män var för sig.");
		content.put("implementationPlan", "Metoden förs in i kommunens arbetsmarknadsenhet.");
		content.put("steeringGroup", List.of(Map.of("memberOrganisation", FK, "person", "Ivar Ide")));
		content.put("contactPerson", "Jenny Jul");
		return content;
	}

	static void ok(String path, Map<String, ?> body) {
		Response response = send("POST", path, "kansli", body);
		assertThat(response.status()).as("%s: %s", path, response).isEqualTo(200);
	}

	static Map<String, Object> approve(long kronor) {
		return Map.of("kind", "APPROVE", "granted", List.of(Map.of("year", YEAR, "amount", kronor)), "conditions",
				"Rapport till varje styrelsemöte.");
	}

	static Map<String, String> vote(String person, String choice) {
		return Map.of("person", person, "choice", choice);
	}

	static Map<String, String> member(String name, String kind, String number) {
		return Map.of("name", name, "kind", kind, "organisationNumber", number);
	}

	static Map<String, String> seat(String member, String ordinary, String deputy) {
		return Map.of("memberOrganisation", member, "ordinaryMember", ordinary, "deputy", deputy);
	}

	static String planIdOf(String association) {
		return PlanId.of(AssociationId.of(association), YEAR).toString();
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.asText()));
		return texts;
	}

	/**
	 * The payload of the latest event of a type on an aggregate, as JSON, read the way
	 * the command side reads it (names opened with their subjects' keys).
	 */
	static JsonNode lastPayload(String aggregate, String type) {
		try (var connection = SharedStack.connect("finsam_events");
				var statement = connection.prepareStatement("SELECT payload, payloadtype, payloadrevision "
						+ "FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ? "
						+ "ORDER BY sequencenumber DESC LIMIT 1")) {
			statement.setString(1, aggregate);
			statement.setString(2, "%." + type);
			try (var rows = statement.executeQuery()) {
				assertThat(rows.next()).as("a %s on %s", type, aggregate).isTrue();
				var command = SharedStack.get().commandService();
				Object event = command.getBean("eventSerializer", Serializer.class)
					.deserialize(new SimpleSerializedObject<>(rows.getBytes(1), byte[].class, rows.getString(2),
							rows.getString(3)));
				return command.getBean(ObjectMapper.class).valueToTree(event);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
