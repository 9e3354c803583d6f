package se.finsam.local;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;
import se.finsam.local.SharedStack.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.SharedStack.count;
import static se.finsam.local.SharedStack.send;

/**
 * The case workflow end to end through the REST API, against the real event store and
 * Kafka: rules set, budget adopted, applications filed and prepared, a whole board
 * meeting with attendance, a conflict of interest, votes, dissent, a grant that reserves
 * money, a grant refused for lack of money, a deferral, adjusted minutes and the lock.
 */
class CaseWorkflowIT {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	private static final int YEAR = TODAY.getYear();

	private static final String FK = "202100-5521";

	private static final String AF = "202100-2114";

	private static final String REGION = "232100-0164";

	private static final String FORSHAGA = "212000-1785";

	private static String association;

	@BeforeAll
	static void associationWithRulesAndBudget() {
		association = associationWithBudget(500_000);
	}

	@Test
	void aWholeMeetingThroughTheApi() {
		String first = preparedApplication(association, "Navet", 300_000);
		String second = preparedApplication(association, "Prosa", 300_000);
		Meeting meeting = Meeting.schedule(association);
		meeting.attend("Anna Andersson", "PRESENT");
		meeting.attend("Carl Carlsson", "PRESENT");
		meeting.attend("Eva Ek", "REMOTE");
		meeting.attend("Gun Gran", "ABSENT");
		JsonNode quorate = meeting.attend("Hans Hed", "PRESENT");
		assertThat(quorate.get("version").asLong()).isEqualTo(5);
		JsonNode attendance = lastPayload(meeting.id, "AttendanceRecorded");
		assertThat(attendance.get("quorate").asBoolean()).isTrue();
		assertThat(texts(attendance.get("voting"))).as("the deputy serves for the absent member")
			.containsExactlyInAnyOrder("Anna Andersson", "Carl Carlsson", "Eva Ek", "Hans Hed");

		int grant = meeting.agenda("Ansökan om fria medel: Navet", "GRANT", first);
		int refused = meeting.agenda("Ansökan om fria medel: Prosa", "GRANT", second);
		int information = meeting.agenda("Information från förbundschefen", "OTHER", null);
		assertThat(List.of(grant, refused, information)).containsExactly(1, 2, 3);
		meeting.ok("POST", "/items/" + grant + "/conflicts",
				Map.of("person", "Carl Carlsson", "reason", "Anställd i projektet"));

		long before = SharedStack.allStoredEvents();
		Response carlVotes = meeting.call("POST", "/items/" + grant + "/decision",
				Map.of("votes", List.of(vote("Carl Carlsson", "YES")), "motion", approve(250_000)));
		assertThat(carlVotes.status()).isEqualTo(422);
		assertThat(carlVotes.body().get("errors").findValuesAsText("code")).contains("meeting.vote.disqualified");
		assertThat(SharedStack.allStoredEvents()).isEqualTo(before);

		JsonNode decided = meeting.ok("POST", "/items/" + grant + "/decision",
				Map.of("votes", List.of(vote("Anna Andersson", "YES"), vote("Eva Ek", "YES"), vote("Hans Hed", "NO")),
						"dissenting", List.of("Hans Hed"), "motion", approve(250_000)));
		assertThat(decided.get("outcome").asText()).isEqualTo("CARRIED");
		assertThat(decided.get("citation").asText()).isEqualTo(TODAY + " § 1");
		JsonNode itemDecided = lastPayload(meeting.id, "ItemDecided");
		assertThat(itemDecided.get("tally").get("yes").asInt()).isEqualTo(2);
		assertThat(texts(itemDecided.get("dissenting"))).containsExactly("Hans Hed");
		assertThat(texts(itemDecided.get("voting"))).as("Carl left the item")
			.containsExactlyInAnyOrder("Anna Andersson", "Eva Ek", "Hans Hed");
		assertThat(lastPayload(first, "ApplicationApproved").get("granted").get(0).get("amount").asText())
			.isEqualTo("250000.00");
		JsonNode approved = lastPayload(first, "ApplicationApproved");
		JsonNode started = lastPayload(approved.get("interventionId").asText(), "InterventionStarted");
		assertThat(started.get("budget").get(0).get("amount").asText()).isEqualTo("250000.00");
		assertThat(started.get("application").asText()).isEqualTo(first);
		String plan = planId();
		JsonNode reserved = lastPayload(plan, "FundsReserved");
		assertThat(reserved.get("amount").asText()).isEqualTo("250000.00");
		assertThat(reserved.get("decision").get("item").asInt()).isEqualTo(1);
		JsonNode[] budget = new JsonNode[1];
		SharedStack.await("the reservation in the plan view", Duration.ofSeconds(60), () -> {
			Response view = send("GET", "/api/plans/" + plan, "revisor", null);
			budget[0] = view.body();
			return view.status() == 200 && view.body().get("version").asLong() >= 2;
		});
		JsonNode freeFunds = budget[0].get("lines").get(1).get("years").get(0);
		assertThat(budget[0].get("lines").get(1).get("code").asText()).isEqualTo("fria-medel");
		assertThat(freeFunds.get("reserved").asText()).isEqualTo("250000.00");
		assertThat(freeFunds.get("remaining").asText()).isEqualTo("250000.00");
		assertThat(count("finsam_events",
				"SELECT count(DISTINCT convert_from(metadata, 'UTF8')::jsonb->>'correlationId') FROM domainevententry "
						+ "WHERE payloadtype IN ('se.finsam.events.meeting.ItemDecided', "
						+ "'se.finsam.events.application.ApplicationApproved', 'se.finsam.events.plan.FundsReserved', "
						+ "'se.finsam.events.intervention.InterventionStarted') AND aggregateidentifier IN (?, ?, ?, ?)",
				meeting.id, first, plan, approved.get("interventionId").asText()))
			.as("one decision, one correlation id")
			.isEqualTo(1);

		long beforeRefusal = SharedStack.allStoredEvents();
		Response tooMuch = meeting.call("POST", "/items/" + refused + "/decision",
				Map.of("votes", List.of(), "motion", approve(250_001)));
		assertThat(tooMuch.status()).isEqualTo(422);
		assertThat(tooMuch.body().get("errors").findValuesAsText("code"))
			.containsExactly("plan.reservation-exceeds-budget");
		assertThat(tooMuch.body().get("detail").asText()).contains("det som återstår är 250 000 kr");
		assertThat(SharedStack.allStoredEvents()).as("nothing of the refused decision is stored")
			.isEqualTo(beforeRefusal);

		JsonNode deferred = meeting.ok("POST", "/items/" + refused + "/deferral",
				Map.of("reason", "Budgeten räcker inte; återkommer efter revidering"));
		assertThat(deferred.get("outcome").asText()).isEqualTo("DEFERRED");
		assertThat(lastPayload(second, "ApplicationDeferred").get("decision").get("item").asInt()).isEqualTo(2);

		meeting.ok("POST", "/items/" + information + "/decision", Map.of("resolution", "Informationen noteras."));
		Response stale = send("POST", "/api/meetings/" + meeting.id + "/attendance", "kansli",
				Map.of("expectedVersion", meeting.version - 1, "person", "Gun Gran", "presence", "PRESENT"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body().get("code").asText()).isEqualTo("stale-version");

		meeting.ok("PUT", "/checker", Map.of("person", "Eva Ek"));
		meeting.ok("POST", "/minutes/signatures", Map.of("signer", "Anna Andersson", "role", "CHAIR"));
		meeting.ok("POST", "/minutes/signatures", Map.of("signer", "Eva Ek", "role", "CHECKER"));
		assertThat(lastPayload(meeting.id, "MinutesAdjusted").get("adjustedOn").asText()).isEqualTo(TODAY.toString());

		long beforeLocked = SharedStack.storedEvents(meeting.id);
		Response locked = meeting.call("POST", "/attendance", Map.of("person", "Gun Gran", "presence", "PRESENT"));
		assertThat(locked.status()).isEqualTo(409);
		assertThat(locked.body().get("code").asText()).isEqualTo("meeting.locked");
		assertThat(SharedStack.storedEvents(meeting.id)).isEqualTo(beforeLocked);

		JsonNode[] control = new JsonNode[1];
		SharedStack.await("the adjusted minutes in the audit trail", Duration.ofSeconds(60),
				() -> count("finsam_projections",
						"SELECT count(*) FROM audit_event WHERE aggregate_id = ? AND event_type = 'MinutesAdjusted'",
						meeting.id) == 1);
		control[0] = send("GET", "/api/associations/" + association + "/internal-control?year=" + YEAR, "revisor", null)
			.body();
		JsonNode ik02 = control[0].get("controls").get(1);
		assertThat(ik02.get("id").asText()).isEqualTo("IK02");
		assertThat(ik02.get("status").asText()).as("the grant cites this meeting's adjusted minutes").isEqualTo("OK");
		JsonNode lastYear = send("GET", "/api/associations/" + association + "/internal-control?year=" + (YEAR - 1),
				"revisor", null)
			.body();
		assertThat(lastYear.get("controls").get(1).get("findings").findValuesAsText("message"))
			.as("the budget's adoption cites a meeting the system does not know")
			.singleElement()
			.satisfies((message) -> assertThat(message).contains("sammanträde som inte finns"));
		assertThat(control[0].get("controls").get(4).get("status").asText()).as("IK05").isEqualTo("OK");
		assertThat(control[0].get("controls").get(6).get("findings").findValuesAsText("message")).as("IK07")
			.noneMatch((message) -> message.contains(TODAY.toString()));

		SharedStack.await("every event of the meeting on Kafka", Duration.ofSeconds(60),
				() -> SharedStack.recordsOf(meeting.id).size() == beforeLocked);
	}

	@Test
	void concurrentGrantsNeverOverdrawTheBudget() throws Exception {
		String association = associationWithBudget(500_000);
		List<Meeting> meetings = new ArrayList<>();
		List<Integer> items = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Meeting meeting = Meeting.quorate(association);
			items
				.add(meeting.agenda("Ansökan " + i, "GRANT", preparedApplication(association, "Insats " + i, 300_000)));
			meetings.add(meeting);
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Response>> answers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Meeting meeting = meetings.get(i);
			int item = items.get(i);
			answers.add(pool.submit((Callable<Response>) () -> {
				start.await();
				return meeting.call("POST", "/items/" + item + "/decision", Map.of("motion", approve(200_000)));
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Response> answer : answers) {
			statuses.add(answer.get().status());
		}
		pool.shutdown();
		long granted = statuses.stream().filter((status) -> status == 200).count();
		assertThat(statuses).allMatch((status) -> status == 200 || status == 409 || status == 422);
		assertThat(granted).as("statuses %s", statuses).isBetween(1L, 2L);
		assertThat(count("finsam_events",
				"SELECT coalesce(sum((convert_from(payload, 'UTF8')::jsonb->>'amount')::numeric), 0) FROM domainevententry "
						+ "WHERE aggregateidentifier = ? AND payloadtype = 'se.finsam.events.plan.FundsReserved'",
				planIdOf(association)))
			.as("reserved total within the 500 000 kr budget")
			.isEqualTo(granted * 200_000)
			.isLessThanOrEqualTo(500_000);
		assertThat(count("finsam_events",
				"SELECT count(*) FROM domainevententry WHERE payloadtype = 'se.finsam.events.application.ApplicationApproved' "
						+ "AND convert_from(payload, 'UTF8')::jsonb->>'associationId' = ?",
				association))
			.as("an approval only where money was reserved")
			.isEqualTo(granted);
	}

	@Test
	void aGrantForAYearWithoutBudgetIsRefusedAndRecordsNothing() {
		String application = preparedApplication(association, "Rebus", 300_000);
		Meeting meeting = Meeting.quorate(association);
		int item = meeting.agenda("Ansökan om fria medel: Rebus", "GRANT", application);
		long before = SharedStack.allStoredEvents();
		Response answer = meeting.call("POST", "/items/" + item + "/decision",
				Map.of("motion", Map.of("kind", "APPROVE", "granted", List.of(Map.of("year", YEAR + 5, "amount", 1)))));
		assertThat(answer.status()).isEqualTo(422);
		assertThat(SharedStack.allStoredEvents()).isEqualTo(before);
	}

	@Test
	void aDecisionWithoutWordingOrMotionIsRefused() {
		String application = preparedApplication(association, "Modus", 100_000);
		Meeting meeting = Meeting.quorate(association);
		int item = meeting.agenda("Ansökan om fria medel: Modus", "GRANT", application);
		Response noWording = meeting.call("POST", "/items/" + item + "/decision", Map.of("votes", List.of()));
		assertThat(noWording.status()).isEqualTo(422);
		assertThat(noWording.body().get("errors").findValuesAsText("code"))
			.containsExactly("decision.resolution-required");
		long before = SharedStack.allStoredEvents();
		Response noMotion = meeting.call("POST", "/items/" + item + "/decision", Map.of("resolution", "Bifall."));
		assertThat(noMotion.status()).isEqualTo(422);
		assertThat(noMotion.body().get("errors").findValuesAsText("code")).containsExactly("decision.motion-required");
		assertThat(SharedStack.allStoredEvents()).isEqualTo(before);
	}

	@Test
	void aGrantMotionOnAnItemWithoutApplicationIsRefused() {
		Meeting meeting = Meeting.quorate(association);
		int item = meeting.agenda("Övrigt", "OTHER", null);
		long before = SharedStack.allStoredEvents();
		Response answer = meeting.call("POST", "/items/" + item + "/decision", Map.of("motion", approve(1)));
		assertThat(answer.status()).isEqualTo(422);
		assertThat(answer.body().get("errors").findValuesAsText("code"))
			.containsExactly("decision.motion-without-application");
		assertThat(SharedStack.allStoredEvents()).isEqualTo(before);
	}

	@Test
	void theAssociationViewShowsItsRulesAndTheirVersionCounts() {
		JsonNode view = SharedStack.awaitView(association, 1, Duration.ofSeconds(60));
		assertThat(view.get("version").asLong()).as("the rules move the version clients send back").isEqualTo(1);
		JsonNode charter = view.get("charter").get(0);
		assertThat(charter.get("validFrom").asText()).isEqualTo(YEAR + "-01-01");
		assertThat(charter.get("rules").get("quorum").asText()).isEqualTo("MORE_THAN_HALF");
		assertThat(texts(charter.get("rules").get("goalAreas"))).containsExactly("Arbete och studier", "Samverkan");
		assertThat(charter.get("decision").get("item").asInt()).isEqualTo(4);
	}

	@Test
	void theCommandSideDescribesItsApi() throws Exception {
		JsonNode api = SharedStack.JSON.readTree(SharedStack.text("/openapi/command"));
		assertThat(api.get("paths").has("/api/meetings/{meetingId}/items/{item}/decision")).isTrue();
		assertThat(api.get("paths").has("/api/applications")).isTrue();
		assertThat(api.get("paths").has("/api/plans/{planId}/adoption")).isTrue();
	}

	/** A meeting under way, keeping track of its version as the tests change it. */
	static final class Meeting {

		final String id;

		long version;

		private Meeting(String id) {
			this.id = id;
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
	private static String associationWithBudget(long freeFunds) {
		String association = registerWithBoard();
		Response rules = send("PUT", "/api/associations/" + association + "/charter", "kansli",
				Map.of("expectedVersion", 0, "validFrom", YEAR + "-01-01", "decision",
						Map.of("meetingId", UUID.randomUUID(), "meetingDate", (YEAR - 1) + "-11-27", "item", 4),
						"rules", rules()));
		assertThat(rules.status()).as("%s", rules).isEqualTo(200);
		adoptBudget(association, freeFunds);
		return association;
	}

	private static String registerWithBoard() {
		Response response = send("POST", "/api/associations", "kansli", Map.of("name", "Förbundet i Värmland",
				"organisationNumber", "222000-2634", "members",
				List.of(member("Försäkringskassan", "STATE_AGENCY", FK),
						member("Arbetsförmedlingen", "STATE_AGENCY", AF), member("Region Värmland", "REGION", REGION),
						member("Forshaga kommun", "MUNICIPALITY", FORSHAGA)),
				"board", List.of(seat(FK, "Anna Andersson", "Bo Berg"), seat(AF, "Carl Carlsson", "Dora Dahl"),
						seat(REGION, "Eva Ek", "Finn Fors"), seat(FORSHAGA, "Gun Gran", "Hans Hed"))));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.body().get("associationId").asText();
	}

	private static Map<String, Object> rules() {
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

	private static void adoptBudget(String association, long freeFunds) {
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
	private static String preparedApplication(String association, String title, long requested) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("title", title);
		content.put("owner", FORSHAGA);
		content.put("participants", List.of(FORSHAGA, FK, REGION));
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
		Response submitted = send("POST", "/api/applications", "part",
				Map.of("associationId", association, "applicant", FORSHAGA, "content", content));
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

	private static void ok(String path, Map<String, ?> body) {
		Response response = send("POST", path, "kansli", body);
		assertThat(response.status()).as("%s: %s", path, response).isEqualTo(200);
	}

	private static Map<String, Object> approve(long kronor) {
		return Map.of("kind", "APPROVE", "granted", List.of(Map.of("year", YEAR, "amount", kronor)), "conditions",
				"Rapport till varje styrelsemöte.");
	}

	private static Map<String, String> vote(String person, String choice) {
		return Map.of("person", person, "choice", choice);
	}

	private static Map<String, String> member(String name, String kind, String number) {
		return Map.of("name", name, "kind", kind, "organisationNumber", number);
	}

	private static Map<String, String> seat(String member, String ordinary, String deputy) {
		return Map.of("memberOrganisation", member, "ordinaryMember", ordinary, "deputy", deputy);
	}

	private static String planId() {
		return planIdOf(association);
	}

	private static String planIdOf(String association) {
		return PlanId.of(AssociationId.of(association), YEAR).toString();
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.asText()));
		return texts;
	}

	/** The payload of the latest event of a type on an aggregate, as JSON. */
	private static JsonNode lastPayload(String aggregate, String type) {
		try (var connection = SharedStack.connect("finsam_events");
				var statement = connection
					.prepareStatement("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
							+ "WHERE aggregateidentifier = ? AND payloadtype LIKE ? ORDER BY sequencenumber DESC LIMIT 1")) {
			statement.setString(1, aggregate);
			statement.setString(2, "%." + type);
			try (var rows = statement.executeQuery()) {
				assertThat(rows.next()).as("a %s on %s", type, aggregate).isTrue();
				return SharedStack.JSON.readTree(rows.getString(1));
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
