package se.finsam.local;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.finsam.local.SharedStack.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published plans, loaded through the import (ordinary commands) and read back from
 * the plan view: every total, subtotal, share, result and equity figure each document
 * states is reproduced exactly, and where the document's own figures do not add up the
 * system reports exactly those mismatches as findings.
 */
class PlanSeedsIT {

	private static final YAMLMapper YAML = new YAMLMapper();

	@ParameterizedTest
	@ValueSource(
			strings = { "fryksdalen-2022", "klaralvdalen-2025", "varend-2015", "sundsvall-2022", "insjoriket-2020" })
	void aPublishedPlanIsReproducedToTheKrona(String name) throws IOException {
		String text = resource("plans/" + name + ".yaml");
		JsonNode file = YAML.readTree(text);
		String association = register(file);
		Response imported = importPlan(association, text);
		assertThat(imported.status()).as("%s: %s", name, imported).isEqualTo(201);
		JsonNode plan = awaitPlan(imported.body().get("planId").asText(), imported.body().get("version").asLong());

		BigDecimal unit = "tkr".equals(file.path("unit").asText("kr")) ? BigDecimal.valueOf(1000) : BigDecimal.ONE;
		List<Map<String, String>> mismatches = new ArrayList<>();
		for (JsonNode stated : file.path("stated")) {
			String figure = stated.get("figure").asText();
			boolean share = figure.endsWith("SHARE");
			String expected = share ? stated.get("percent").asText()
					: kronor(stated.get("amount"), unit, signOf(file, stated));
			String computed = computed(plan, stated);
			if (!expected.equals(computed)) {
				mismatches.add(finding(stated, expected, computed));
			}
		}
		List<Map<String, String>> expectedFindings = new ArrayList<>();
		for (JsonNode finding : file.path("expectedFindings")) {
			boolean share = finding.get("figure").asText().endsWith("SHARE");
			expectedFindings.add(finding(finding,
					share ? finding.get("stated").asText() : kronor(finding.get("stated"), unit, signOf(file, finding)),
					share ? finding.get("computed").asText()
							: kronor(finding.get("computed"), unit, signOf(file, finding))));
		}
		assertThat(mismatches).as("%s: the stated figures the lines do not reproduce", name)
			.containsExactlyInAnyOrderElementsOf(expectedFindings);

		List<Map<String, String>> reported = new ArrayList<>();
		for (JsonNode finding : plan.get("findings")) {
			if (finding.get("code").asText().equals("plan.stated-figure-mismatch")) {
				reported.add(finding(finding, finding.get("stated").asText(), finding.get("computed").asText()));
				assertThat(finding.get("message").asText()).as("a Swedish message")
					.contains("planen anger")
					.doesNotContain("null");
			}
		}
		assertThat(reported).as("%s: the mismatches the system reports", name)
			.containsExactlyInAnyOrderElementsOf(expectedFindings);

		List<String> areas = new ArrayList<>();
		file.path("goals").path("areas").forEach((area) -> areas.add(area.asText()));
		List<String> shown = new ArrayList<>();
		plan.path("goals").path("areas").forEach((area) -> shown.add(area.asText()));
		assertThat(shown).as("%s: goal areas", name).isEqualTo(areas);
		assertThat(plan.path("goals").path("targets").size()).isEqualTo(file.path("goals").path("targets").size());
	}

	/**
	 * The view's figure for a stated one, in the same form: kronor with öre, or whole per
	 * cent.
	 */
	private static String computed(JsonNode plan, JsonNode stated) {
		int year = stated.get("year").asInt();
		JsonNode figures = null;
		for (JsonNode candidate : plan.get("years")) {
			if (candidate.get("year").asInt() == year) {
				figures = candidate;
			}
		}
		if (figures == null) {
			return "no year " + year;
		}
		JsonNode value = switch (stated.get("figure").asText()) {
			case "CONTRIBUTIONS" -> figures.get("contributions");
			case "INCOME" -> figures.get("income");
			case "COSTS" -> figures.get("costs");
			case "RESULT" -> figures.get("result");
			case "GROUP" -> figures.path("groups").get(stated.get("group").asText());
			case "SHARE" -> figures.path("shares").get(stated.get("group").asText());
			case "MEMBER_SHARE" -> figures.path("memberShares").get(stated.get("kind").asText());
			case "EQUITY_OPENING" -> figures.path("equity").get("opening");
			case "EQUITY_CLOSING" -> figures.path("equity").get("closing");
			default -> null;
		};
		if (value == null || value.isNull()) {
			return "none";
		}
		return stated.get("figure").asText().endsWith("SHARE")
				? new BigDecimal(value.asText()).setScale(0, RoundingMode.HALF_UP).toPlainString()
				: new BigDecimal(value.asText()).setScale(2).toPlainString();
	}

	/** An amount in the file's unit and sign, as kronor with öre. */
	private static String kronor(JsonNode amount, BigDecimal unit, int sign) {
		return new BigDecimal(amount.asText()).multiply(unit)
			.multiply(BigDecimal.valueOf(sign))
			.setScale(2)
			.toPlainString();
	}

	/** Income or costs printed negative are turned positive, as the import does. */
	private static int signOf(JsonNode file, JsonNode figure) {
		String kind = figure.get("figure").asText();
		String group = figure.path("group").asText("");
		boolean income = kind.equals("CONTRIBUTIONS") || kind.equals("INCOME") || (kind.equals("GROUP")
				&& List.of("CONTRIBUTION", "EQUITY_DRAWN", "EXTERNAL_FUNDING").contains(group));
		boolean cost = kind.equals("COSTS") || (kind.equals("GROUP") && !income);
		if (income && "negative".equals(file.path("incomeSign").asText())) {
			return -1;
		}
		if (cost && "negative".equals(file.path("costSign").asText())) {
			return -1;
		}
		return 1;
	}

	private static Map<String, String> finding(JsonNode figure, String stated, String computed) {
		Map<String, String> finding = new LinkedHashMap<>();
		finding.put("figure", figure.get("figure").asText());
		finding.put("group", figure.path("group").isNull() ? "" : figure.path("group").asText(""));
		finding.put("kind", figure.path("kind").isNull() ? "" : figure.path("kind").asText(""));
		finding.put("year", figure.get("year").asText());
		finding.put("stated", stated);
		finding.put("computed", computed);
		return finding;
	}

	private static String register(JsonNode file) {
		List<Map<String, String>> members = new ArrayList<>();
		for (JsonNode member : file.get("members")) {
			members.add(Map.of("name", member.get("name").asText(), "kind", member.get("kind").asText(),
					"organisationNumber", member.get("organisationNumber").asText()));
		}
		Response response = SharedStack.send("POST", "/api/associations", "kansli",
				Map.of("name", file.get("association").get("name").asText(), "organisationNumber",
						file.get("association").get("organisationNumber").asText(), "members", members));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.body().get("associationId").asText();
	}

	private static Response importPlan(String association, String text) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI
						.create(SharedStack.get().address() + "/api/associations/" + association + "/plans/import"))
					.header("Content-Type", "application/yaml")
					.header("Authorization",
							"Basic " + Base64.getEncoder()
								.encodeToString("kansli:kansli".getBytes(StandardCharsets.UTF_8)))
					.POST(HttpRequest.BodyPublishers.ofString(text))
					.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), SharedStack.JSON.readTree(response.body()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode awaitPlan(String planId, long version) {
		JsonNode[] seen = new JsonNode[1];
		SharedStack.await("plan " + planId + " at version " + version, Duration.ofSeconds(60), () -> {
			Response response = SharedStack.send("GET", "/api/plans/" + planId, "revisor", null);
			seen[0] = response.body();
			return response.status() == 200 && response.body().get("version").asLong() >= version;
		});
		return seen[0];
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = Objects.requireNonNull(PlanSeedsIT.class.getClassLoader().getResourceAsStream(path),
				path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
