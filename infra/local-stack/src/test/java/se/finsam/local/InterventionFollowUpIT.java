package se.finsam.local;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import se.finsam.local.Cases.Meeting;
import se.finsam.local.SharedStack.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.Cases.TODAY;
import static se.finsam.local.Cases.YEAR;
import static se.finsam.local.Cases.approve;
import static se.finsam.local.Cases.associationWithBudget;
import static se.finsam.local.Cases.lastPayload;
import static se.finsam.local.Cases.preparedApplication;
import static se.finsam.local.Cases.vote;
import static se.finsam.local.SharedStack.send;

/**
 * From the board's grant to the intervention, its goals, schedule, report and payments,
 * to the national follow-up export: through the API, the event store and Kafka.
 * Participants appear only as counts, and small counts never leave the system as numbers.
 */
class InterventionFollowUpIT {

	@Test
	void fromDecisionToReportToExport() throws Exception {
		String association = associationWithBudget(1_000_000);
		String application = preparedApplication(association, "Navet", 300_000);
		Meeting meeting = Meeting.quorate(association);
		int item = meeting.agenda("Ansökan om fria medel: Navet", "GRANT", application);
		meeting.ok("POST", "/items/" + item + "/decision",
				Map.of("votes",
						List.of(vote("Anna Andersson", "YES"), vote("Carl Carlsson", "YES"), vote("Eva Ek", "YES")),
						"motion", approve(300_000)));
		String intervention = lastPayload(application, "ApplicationApproved").get("interventionId").asText();
		String path = "/api/interventions/" + intervention;
		Map<String, Object> decision = Map.of("meetingId", meeting.id, "meetingDate", TODAY.toString(), "item", item);

		ok("PUT", path + "/goals",
				Map.of("expectedVersion", 0, "decision", decision, "goals",
						List.of(Map.of("description",
								"Minst 45 % av dem som avslutar går till arbete, studier eller Arbetsförmedlingen",
								"measure", "SHARE_ENDED_TO_WORK_STUDIES_OR_AF", "atLeast", true, "target", 45),
								Map.of("description", "Minst 10 nya deltagare", "measure", "COUNT_NEW", "atLeast", true,
										"target", 10))));
		// Due yesterday for a period the report covers (filed today: late), due yesterday
		// for
		// today (not covered: overdue), and due in a month (covered: filed in time).
		ok("PUT", path + "/report-schedule", Map.of("expectedVersion", 1, "dues", List.of(
				Map.of("due", TODAY.minusDays(1).toString(), "periodEnd", YEAR + "-01-01", "kind", "BOARD_MEETING"),
				Map.of("due", TODAY.minusDays(1).toString(), "periodEnd", TODAY.toString(), "kind", "BOARD_MEETING"),
				Map.of("due", TODAY.plusDays(30).toString(), "periodEnd", TODAY.minusDays(1).toString(), "kind",
						"INTERIM"))));

		Map<String, Object> report = Map.of("periodStart", YEAR + "-01-01", "periodEnd", TODAY.minusDays(1).toString(),
				"costsToDate", 120_000, "participants", List.of(count("WOMAN", 6, 8, 3), count("MAN", 3, 4, 2)),
				"outcomes",
				List.of(outcome("WOMAN", "WORK", 2), outcome("WOMAN", "STUDIES", 1),
						outcome("MAN", "REFERRED_TO_AF", 1), outcome("MAN", "OTHER", 1)),
				"steps", List.of(Map.of("gender", "WOMAN", "count", 4), Map.of("gender", "MAN", "count", 2)),
				"narrative", "Gruppverksamheten har kommit igång; samarbetet med arbetsförmedlingen fungerar väl.");
		Response identifying = send("POST", path + "/reports", "part",
				with(report, "narrative", "Deltagaren 19900101-1234 har börjat arbeta."));
		assertThat(identifying.status()).isEqualTo(422);
		assertThat(identifying.body().get("errors").findValuesAsText("code"))
			.contains("intervention.report-personal-data");
		assertThat(send("POST", path + "/reports", "part", report).status()).isEqualTo(201);

		ok("POST", path + "/disbursements", Map.of("paidOn", TODAY.toString(), "amount", 200_000));
		Response tooMuch = send("POST", path + "/disbursements", "kansli",
				Map.of("paidOn", TODAY.toString(), "amount", 150_000));
		assertThat(tooMuch.status()).isEqualTo(422);
		assertThat(tooMuch.body().get("detail").asText()).contains("100 000 kr");

		JsonNode[] budget = new JsonNode[1];
		SharedStack.await("the payment as spent on the free-funds line", Duration.ofSeconds(60), () -> {
			budget[0] = send("GET", "/api/plans/" + Cases.planIdOf(association), "revisor", null).body();
			return budget[0] != null && budget[0].path("lines").size() > 1
					&& budget[0].get("lines").get(1).get("years").get(0).get("spent").asText().equals("200000.00");
		});
		JsonNode freeFunds = budget[0].get("lines").get(1).get("years").get(0);
		assertThat(freeFunds.get("reserved").asText()).isEqualTo("300000.00");
		assertThat(freeFunds.get("remaining").asText()).as("the payment uses the reservation up, not counted twice")
			.isEqualTo("700000.00");

		JsonNode view = await(path, 4);
		JsonNode results = view.get("latestResults").get("goalResults");
		assertThat(results.get(0).get("value").asText()).isEqualTo("80.0");
		assertThat(results.get(0).get("met").asBoolean()).isTrue();
		assertThat(results.get(1).get("value").asText()).isEqualTo("9");
		assertThat(results.get(1).get("met").asBoolean()).isFalse();
		assertThat(view.get("budget").get("disbursed").asText()).isEqualTo("200000.00");
		assertThat(view.get("budget").get("remaining").asText()).isEqualTo("100000.00");
		assertThat(view.get("schedule").findValuesAsText("state")).containsExactlyInAnyOrder("FILED", "OVERDUE",
				"FILED");
		assertThat(view.get("overdue").asInt()).isEqualTo(1);
		JsonNode[] seen = new JsonNode[1];
		SharedStack.await("the report in the audit trail", Duration.ofSeconds(60), () -> {
			seen[0] = send("GET", "/api/associations/" + association + "/audit?type=InterventionReportFiled", "revisor",
					null)
				.body();
			return seen[0].get("total").asLong() == 1;
		});
		JsonNode control = send("GET", "/api/associations/" + association + "/internal-control?year=" + YEAR, "revisor",
				null)
			.body();
		assertThat(control.get("controls").get(5).get("id").asText()).isEqualTo("IK06");
		assertThat(control.get("controls").get(5).get("findings")).as("the late and the missing report").hasSize(2);

		String national = SharedStack
			.text("/api/associations/" + association + "/exports/national-follow-up/" + YEAR + ".csv", "revisor");
		assertThat(national).startsWith("\uFEFFInsats;Projektägare;Nya deltagare kvinnor;Nya deltagare män;");
		String row = national.lines().filter((line) -> line.contains("Navet")).findFirst().orElseThrow();
		assertThat(row).as("6 women shown, 3 men suppressed, and the total that would give them back withheld")
			.contains(";6;<5;..");
		String breakdown = SharedStack
			.text("/api/associations/" + association + "/exports/follow-up-breakdown/" + YEAR + ".csv", "revisor");
		assertThat(breakdown.lines().filter((line) -> line.contains("Navet"))).isNotEmpty()
			.noneMatch((line) -> line.matches(".*;[1-4](;.*)?$") || line.matches(".*;[1-4];.*"));
	}

	private static JsonNode await(String path, long version) {
		JsonNode[] seen = new JsonNode[1];
		SharedStack.await(path + " at version " + version, Duration.ofSeconds(60), () -> {
			Response response = send("GET", path, "revisor", null);
			seen[0] = response.body();
			return response.status() == 200 && response.body().get("version").asLong() >= version;
		});
		return seen[0];
	}

	private static void ok(String method, String path, Map<String, ?> body) {
		Response response = send(method, path, "kansli", body);
		assertThat(response.status()).as("%s %s: %s", method, path, response).isBetween(200, 201);
	}

	private static Map<String, Object> count(String gender, int fresh, int active, int ended) {
		return Map.of("gender", gender, "ageBand", "AGE_20_24", "newCount", fresh, "activeCount", active, "endedCount",
				ended);
	}

	private static Map<String, Object> outcome(String gender, String outcome, int count) {
		return Map.of("gender", gender, "outcome", outcome, "count", count);
	}

	private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(map);
		copy.put(key, value);
		return copy;
	}

}
