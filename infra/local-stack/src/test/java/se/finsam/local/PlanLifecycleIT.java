package se.finsam.local;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import se.finsam.local.SharedStack.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.SharedStack.send;

/**
 * A plan's year through the API and Kafka: drafted, consulted, adopted, revised, pledged
 * with the municipalities' split, paid, followed up and closed; read back as of the days
 * in between.
 */
class PlanLifecycleIT {

	private static final String FK = "202100-5521";

	private static final String AF = "202100-2114";

	private static final String REGION = "232100-0156";

	private static final String FORSHAGA = "212000-9127";

	private static final String HAGFORS = "212000-9135";

	@Test
	void aYearFromDraftToClosing() {
		String association = register();
		String plan = ok("POST", "/api/plans",
				Map.of("associationId", association, "year", 2015, "lines",
						List.of(line("bidrag-staten", "CONTRIBUTION", "Försäkringskassan", FK, 2_700_000),
								line("bidrag-region", "CONTRIBUTION", "Region Värmland", REGION, 1_350_000),
								line("bidrag-kommunerna", "CONTRIBUTION", "Kommunerna", FORSHAGA, 1_350_000),
								line("kansli", "ADMINISTRATION", "Kansli", null, 1_100_000),
								line("fria-medel", "FREE_FUNDS", "Fria medel", null, 900_000), line("samordningsteamet",
										"INDIVIDUAL_INTERVENTIONS", "Samordningsteamet", null, 3_400_000))))
			.get("planId")
			.asText();
		String path = "/api/plans/" + plan;
		ok("POST", path + "/consultation", Map.of("expectedVersion", 0));
		ok("POST", path + "/adoption", Map.of("expectedVersion", 1, "decision", decision("2014-11-27", 5)));
		ok("POST", path + "/revisions",
				Map.of("expectedVersion", 2, "reason", "Överskott från 2014 tas i anspråk", "decision",
						decision("2015-03-19", 9), "changedLines",
						List.of(line("fria-medel", "FREE_FUNDS", "Fria medel", null, 1_000_000))));
		ok("PUT", path + "/pledges/2015",
				Map.of("expectedVersion", 3, "others",
						List.of(Map.of("member", FK, "amount", 2_700_000),
								Map.of("member", REGION, "amount", 1_350_000)),
						"municipalities", 1_350_000, "split", "POPULATION", "municipalityShares",
						List.of(Map.of("member", FORSHAGA, "population", 8_000),
								Map.of("member", HAGFORS, "population", 4_000))));
		ok("POST", path + "/payments",
				Map.of("budgetYear", 2015, "member", REGION, "receivedOn", "2015-02-27", "amount", 1_350_000));
		ok("POST", path + "/payments",
				Map.of("budgetYear", 2015, "member", FORSHAGA, "receivedOn", "2015-03-01", "amount", 900_000));
		ok("POST", path + "/outcomes", Map.of("budgetYear", 2015, "lineCode", "kansli", "asOf", "2015-08-31", "amount",
				400_000, "source", "Delårsrapport per 2015-08-31"));
		long closedAt = ok("POST", path + "/closing",
				Map.of("expectedVersion", 7, "decision", decision("2016-03-20", 4), "closingEquity", 850_000))
			.get("version")
			.asLong();

		JsonNode adopted = view(path + "?asOf=2014-11-27", closedAt);
		assertThat(line(adopted, "fria-medel").get("budget").asText()).isEqualTo("900000.00");
		assertThat(adopted.get("status").asText()).isEqualTo("ADOPTED");
		assertThat(adopted.get("revisions")).isEmpty();

		JsonNode revised = view(path + "?asOf=2015-03-19", closedAt);
		assertThat(line(revised, "fria-medel").get("budget").asText()).isEqualTo("1000000.00");
		assertThat(line(revised, "fria-medel").get("adopted").asText()).isEqualTo("900000.00");
		assertThat(revised.get("revisions").get(0).get("citation").asText()).isEqualTo("2015-03-19 § 9");

		JsonNode yearEnd = view(path + "?asOf=2015-12-31", closedAt);
		assertThat(line(yearEnd, "kansli").get("spent").asText()).isEqualTo("400000.00");
		assertThat(line(yearEnd, "kansli").get("remaining").asText()).isEqualTo("700000.00");
		JsonNode year = yearEnd.get("years").get(0);
		assertThat(year.get("contributions").asText()).isEqualTo("5400000.00");
		assertThat(year.get("memberShares").get("STATE_AGENCY").asText()).isEqualTo("50.0");
		JsonNode contributions = yearEnd.get("contributions").get(0);
		assertThat(contributions.get("split").asText()).isEqualTo("POPULATION");
		assertThat(member(contributions, FORSHAGA).get("pledged").asText()).isEqualTo("900000.00");
		assertThat(member(contributions, HAGFORS).get("pledged").asText()).isEqualTo("450000.00");
		assertThat(member(contributions, FORSHAGA).get("received").asText()).isEqualTo("900000.00");
		assertThat(contributions.get("receivedShares").get("REGION").asText()).isEqualTo("60.0");
		assertThat(contributions.get("receivedShares").get("MUNICIPALITY").asText()).isEqualTo("40.0");
		assertThat(yearEnd.get("status").asText()).isEqualTo("ADOPTED");

		JsonNode closed = view(path + "?asOf=2016-03-20", closedAt);
		assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.get("closure").get("closingEquity").asText()).isEqualTo("850000.00");

		Response afterClosing = send("POST", path + "/payments", "kansli",
				Map.of("budgetYear", 2015, "member", HAGFORS, "receivedOn", "2016-04-01", "amount", 450_000));
		assertThat(afterClosing.status()).isEqualTo(409);
		assertThat(afterClosing.body().get("code").asText()).isEqualTo("plan.closed");
	}

	@Test
	void aPlanAdoptedAfterTheThirtiethOfNovemberIsAFinding() {
		String association = register();
		String plan = ok("POST", "/api/plans", Map.of("associationId", association, "year", 2015, "lines",
				List.of(line("fria-medel", "FREE_FUNDS", "Fria medel", null, 500_000))))
			.get("planId")
			.asText();
		long version = ok("POST", "/api/plans/" + plan + "/adoption",
				Map.of("expectedVersion", 0, "decision", decision("2014-12-03", 2)))
			.get("version")
			.asLong();
		JsonNode view = view("/api/plans/" + plan, version);
		assertThat(view.get("adoption").get("late").asBoolean()).isTrue();
		assertThat(view.get("findings").findValuesAsText("code")).contains("plan.adopted-late");
	}

	private static String register() {
		Response response = send("POST", "/api/associations", "kansli", Map.of("name", "Förbundet i Värmland",
				"organisationNumber", "222000-9019", "members",
				List.of(member("Försäkringskassan", "STATE_AGENCY", FK),
						member("Arbetsförmedlingen", "STATE_AGENCY", AF), member("Region Värmland", "REGION", REGION),
						member("Forshaga kommun", "MUNICIPALITY", FORSHAGA),
						member("Hagfors kommun", "MUNICIPALITY", HAGFORS))));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.body().get("associationId").asText();
	}

	private static JsonNode ok(String method, String path, Map<String, ?> body) {
		Response response = send(method, path, "kansli", body);
		assertThat(response.status()).as("%s %s: %s", method, path, response).isBetween(200, 201);
		return response.body();
	}

	private static JsonNode view(String path, long version) {
		JsonNode[] seen = new JsonNode[1];
		SharedStack.await(path + " at version " + version, Duration.ofSeconds(60), () -> {
			Response response = send("GET", path, "revisor", null);
			seen[0] = response.body();
			return response.status() == 200 && response.body().get("version").asLong() >= version;
		});
		return seen[0];
	}

	/** The line's figures for 2015. */
	private static JsonNode line(JsonNode plan, String code) {
		for (JsonNode line : plan.get("lines")) {
			if (line.get("code").asText().equals(code)) {
				return line.get("years").get(0);
			}
		}
		throw new AssertionError("no line " + code + " in " + plan);
	}

	private static JsonNode member(JsonNode contributions, String number) {
		for (JsonNode member : contributions.get("members")) {
			if (member.get("member").asText().equals(number)) {
				return member;
			}
		}
		throw new AssertionError("no member " + number + " in " + contributions);
	}

	private static Map<String, Object> line(String code, String group, String name, String member, long kronor) {
		Map<String, Object> line = new LinkedHashMap<>(Map.of("code", code, "group", group, "name", name, "amounts",
				List.of(Map.of("year", 2015, "amount", kronor))));
		if (member != null) {
			line.put("member", member);
		}
		return line;
	}

	private static Map<String, Object> decision(String date, int item) {
		return Map.of("meetingId", UUID.randomUUID(), "meetingDate", date, "item", item);
	}

	private static Map<String, String> member(String name, String kind, String number) {
		return Map.of("name", name, "kind", kind, "organisationNumber", number);
	}

}
