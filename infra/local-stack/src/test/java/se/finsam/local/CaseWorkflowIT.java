package se.finsam.local;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
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

import se.finsam.local.SharedStack.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.SharedStack.count;
import static se.finsam.local.SharedStack.send;
import static se.finsam.local.Cases.*;

/**
 * The case workflow end to end through the REST API, against the real event store and
 * Kafka: rules set, budget adopted, applications filed and prepared, a whole board
 * meeting with attendance, a conflict of interest, votes, dissent, a grant that reserves
 * money, a grant refused for lack of money, a deferral, adjusted minutes and the lock.
 */
class CaseWorkflowIT {

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

		String base = "/api/associations/" + association;
		JsonNode approvedRows = send("GET", base + "/applications?status=APPROVED", "revisor", null).body().get("rows");
		assertThat(approvedRows.findValuesAsText("title")).contains("Navet");
		JsonNode navet = approvedRows.get(approvedRows.findValuesAsText("title").indexOf("Navet"));
		assertThat(navet.get("granted").asText()).isEqualTo("250000.00");
		assertThat(navet.get("decision").asText()).isEqualTo(TODAY + " § 1");
		assertThat(send("GET", base + "/applications?status=DEFERRED", "revisor", null).body()
			.get("rows")
			.findValuesAsText("title")).contains("Prosa");
		JsonNode meetingRow = null;
		for (JsonNode row : send("GET", base + "/meetings?year=" + YEAR, "revisor", null).body().get("rows")) {
			if (row.get("meetingId").asText().equals(meeting.id)) {
				meetingRow = row;
			}
		}
		assertThat(meetingRow).isNotNull();
		assertThat(meetingRow.get("minutes").asText()).isEqualTo("ADJUSTED");
		assertThat(meetingRow.get("items").asInt()).isEqualTo(3);
		assertThat(meetingRow.get("decided").asInt()).isEqualTo(2);
		assertThat(meetingRow.get("deferred").asInt()).isEqualTo(1);
		JsonNode carried = send("GET", base + "/decisions?outcome=CARRIED", "revisor", null).body().get("rows");
		assertThat(carried.findValuesAsText("citation")).contains(TODAY + " § 1", TODAY + " § 3");
		assertThat(carried.get(carried.findValuesAsText("citation").indexOf(TODAY + " § 1"))
			.get("dissenting")
			.get(0)
			.asText()).isEqualTo("Hans Hed");
		assertThat(send("GET", base + "/meetings?asOf=" + TODAY.minusDays(1), "revisor", null).body()
			.get("rows")
			.findValuesAsText("meetingId")).as("as of yesterday the meeting was not yet called")
			.doesNotContain(meeting.id);

		SharedStack.await("the adjusted minutes sealed in the history", Duration.ofSeconds(60),
				() -> send("GET", "/api/history/checkpoints", null, null).body()
					.toString()
					.contains("sammanträde " + meeting.id));
		Instant chairSigned = momentOf(base, "MinutesSigned", meeting.id);
		Instant adjustedAt = momentOf(base, "MinutesAdjusted", meeting.id);
		assertThat(minutesAsOf(base, meeting.id, chairSigned.minusMillis(1))).as("just before the chair signed")
			.isEqualTo("OPEN");
		assertThat(minutesAsOf(base, meeting.id, chairSigned)).as("once the chair had signed").isEqualTo("SIGNED");
		assertThat(minutesAsOf(base, meeting.id, adjustedAt)).isEqualTo("ADJUSTED");
		String report = SharedStack.text(base + "/auditor-report/" + YEAR + ".html", "revisor");
		assertThat(report).contains("Revisionsunderlag " + YEAR, TODAY + " § 1", "Navet", "justerat " + TODAY,
				"Intern kontroll", "Hans Hed", "Händelseloggen stämmer med varje förseglad kontrollpunkt",
				"Protokoll justerat " + TODAY);
		assertThat(SharedStack.download(base + "/auditor-report/" + YEAR + ".pdf", "revisor")).startsWith("%PDF-");

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

	/** When the first event of a type on an aggregate happened, from the audit trail. */
	private static Instant momentOf(String base, String type, String aggregate) {
		return Instant
			.parse(send("GET", base + "/audit?type=" + type + "&aggregate=" + aggregate, "revisor", null).body()
				.get("events")
				.get(0)
				.get("at")
				.asText());
	}

	/**
	 * The meeting's minutes in the register as it stood at a moment (Swedish local time).
	 */
	private static String minutesAsOf(String base, String meetingId, Instant moment) {
		String at = LocalDateTime.ofInstant(moment, ZoneId.of("Europe/Stockholm")).toString();
		for (JsonNode row : send("GET", base + "/meetings?asOf=" + at, "revisor", null).body().get("rows")) {
			if (row.get("meetingId").asText().equals(meetingId)) {
				return row.get("minutes").asText();
			}
		}
		return null;
	}

	private static String planId() {
		return planIdOf(association);
	}

}
