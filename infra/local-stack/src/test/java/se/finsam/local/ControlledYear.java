package se.finsam.local;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import se.finsam.local.Cases.Meeting;
import se.finsam.local.SharedStack.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.Cases.FK;
import static se.finsam.local.Cases.FORSHAGA;
import static se.finsam.local.Cases.REGION;
import static se.finsam.local.Cases.TODAY;
import static se.finsam.local.Cases.YEAR;
import static se.finsam.local.SharedStack.send;

/**
 * An association's year as internal control wants to see it, built through the public
 * API: rules, a balanced budget adopted in time with goals it meets, a grant decided by
 * vote at a quorate meeting where a conflict of interest was declared, adjusted minutes,
 * and the intervention's report in on time. Each option turns one part of it wrong, the
 * way it happens in real associations.
 */
final class ControlledYear {

	/** The day of the adoption decision: by law by 30 November of the year before. */
	LocalDate adoptedOn = LocalDate.of(YEAR - 1, 11, 27);

	long state = 500_000;

	long region = 250_000;

	long municipality = 250_000;

	long administration = 100_000;

	long individual = 600_000;

	/** The document's own total of the contributions. */
	long statedContributions = 1_000_000;

	long openingEquity = 150_000;

	boolean votesRecorded = true;

	boolean minutesAdjusted = true;

	boolean reportFiled = true;

	/** Holds a second meeting today whose minutes are never adjusted. */
	boolean minutesLeftOpen = false;

	/**
	 * The day internal control is read: tomorrow, when today's report is due and in.
	 */
	LocalDate readOn = TODAY.plusDays(1);

	/* What the year built, for the tests to name its events. */

	String association;

	String plan;

	String application;

	Meeting meeting;

	String intervention;

	Meeting openMeeting;

	/** The contributions from the state (FK), the region and the municipality. */
	void contributions(long state, long region, long municipality) {
		this.state = state;
		this.region = region;
		this.municipality = municipality;
	}

	/** Administration and individual interventions; the free funds stay 300 000 kr. */
	void costs(long administration, long individual) {
		this.administration = administration;
		this.individual = individual;
	}

	ControlledYear build() {
		this.association = Cases.registerWithBoard();
		ok("PUT", "/api/associations/" + this.association + "/charter",
				Map.of("expectedVersion", 0, "validFrom", YEAR + "-01-01", "decision",
						Map.of("meetingId", UUID.randomUUID(), "meetingDate", (YEAR - 1) + "-11-25", "item", 4),
						"rules", Cases.rules()));
		budget();
		this.application = Cases.preparedApplication(this.association, "Navet", 250_000);
		grant();
		report();
		if (this.minutesLeftOpen) {
			this.openMeeting = Meeting.quorate(this.association);
			int item = this.openMeeting.agenda("Information från förbundschefen", "OTHER", null);
			this.openMeeting.ok("POST", "/items/" + item + "/decision", Map.of("resolution", "Informationen noteras."));
		}
		return this;
	}

	private void budget() {
		Response drafted = send("POST", "/api/plans", "kansli",
				Map.of("associationId", this.association, "year", YEAR, "lines",
						List.of(line("bidrag-fk", "CONTRIBUTION", "Försäkringskassan", FK, this.state),
								line("bidrag-region", "CONTRIBUTION", "Region Värmland", REGION, this.region),
								line("bidrag-forshaga", "CONTRIBUTION", "Forshaga kommun", FORSHAGA, this.municipality),
								line("kansli", "ADMINISTRATION", "Kansli", null, this.administration),
								line("insatser", "INDIVIDUAL_INTERVENTIONS", "Individinsatser", null, this.individual),
								line("fria-medel", "FREE_FUNDS", "Fria medel", null, 300_000))));
		assertThat(drafted.status()).as("%s", drafted).isEqualTo(201);
		this.plan = drafted.body().get("planId").asText();
		String path = "/api/plans/" + this.plan;
		ok("PUT", path + "/goals",
				Map.of("expectedVersion", 0, "goals",
						Map.of("areas", List.of("Arbete och studier"), "economic", Map.of("equityCeilingPercent", 20,
								"administrationShareMaxPercent", 15, "individualShareMinPercent", 40))));
		ok("PUT", path + "/stated-figures", Map.of("expectedVersion", 1, "figures", List
			.of(Map.of("figure", "CONTRIBUTIONS", "year", YEAR, "amount", this.statedContributions, "text", "Summa"))));
		ok("PUT", path + "/opening-equity",
				Map.of("expectedVersion", 2, "amount", this.openingEquity, "source", "Årsredovisningen " + (YEAR - 1)));
		ok("POST", path + "/adoption", Map.of("expectedVersion", 3, "decision",
				Map.of("meetingId", UUID.randomUUID(), "meetingDate", this.adoptedOn.toString(), "item", 5)));
	}

	private void grant() {
		// All four present, so that the item stays quorate when one of them leaves it.
		this.meeting = Meeting.quorate(this.association);
		this.meeting.attend("Gun Gran", "PRESENT");
		int item = this.meeting.agenda("Ansökan om fria medel: Navet", "GRANT", this.application);
		this.meeting.ok("POST", "/items/" + item + "/conflicts",
				Map.of("person", "Carl Carlsson", "reason", "Anställd hos projektägaren"));
		List<Map<String, String>> votes = this.votesRecorded ? List.of(Cases.vote("Anna Andersson", "YES"),
				Cases.vote("Eva Ek", "YES"), Cases.vote("Gun Gran", "NO")) : List.of();
		this.meeting.ok("POST", "/items/" + item + "/decision",
				Map.of("votes", votes, "motion", Cases.approve(250_000)));
		if (this.minutesAdjusted) {
			adjust(this.meeting);
		}
		this.intervention = Cases.lastPayload(this.application, "ApplicationApproved").get("interventionId").asText();
	}

	private void report() {
		String path = "/api/interventions/" + this.intervention;
		ok("PUT", path + "/report-schedule", Map.of("expectedVersion", 0, "dues",
				List.of(Map.of("due", TODAY.toString(), "periodEnd", TODAY.toString(), "kind", "BOARD_MEETING"))));
		if (this.reportFiled) {
			Response filed = send("POST", path + "/reports", "part",
					Map.of("periodStart", YEAR + "-01-01", "periodEnd", TODAY.toString(), "costsToDate", 50_000,
							"participants", List.of(Map.of("gender", "WOMAN", "ageBand", "AGE_20_24", "newCount", 6,
									"activeCount", 6, "endedCount", 0)),
							"narrative", "Verksamheten har kommit igång."));
			assertThat(filed.status()).as("%s", filed).isEqualTo(201);
		}
	}

	private static void adjust(Meeting meeting) {
		meeting.ok("PUT", "/checker", Map.of("person", "Eva Ek"));
		meeting.ok("POST", "/minutes/signatures", Map.of("signer", "Anna Andersson", "role", "CHAIR"));
		meeting.ok("POST", "/minutes/signatures", Map.of("signer", "Eva Ek", "role", "CHECKER"));
	}

	/**
	 * Waits until the query side holds every stored event of the association (audit
	 * trail) and of its plan (plan view).
	 */
	ControlledYear awaitQuerySide() {
		long stored = SharedStack.count("finsam_events",
				"SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8')::jsonb->>'associationId' = ?",
				this.association);
		long planVersion = SharedStack.count("finsam_events",
				"SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?", this.plan);
		SharedStack.await("the association's events on the query side", Duration.ofSeconds(60), () -> {
			JsonNode trail = send("GET", "/api/associations/" + this.association + "/audit", "revisor", null).body();
			JsonNode view = send("GET", "/api/plans/" + this.plan, "revisor", null).body();
			return trail != null && trail.path("total").asLong() == stored && view != null
					&& view.path("version").asLong() == planVersion;
		});
		return this;
	}

	/** The internal control for the year as of {@link #readOn}: every control by id. */
	Map<String, JsonNode> controls() {
		Response response = send("GET",
				"/api/associations/" + this.association + "/internal-control?year=" + YEAR + "&asOf=" + this.readOn,
				"revisor", null);
		assertThat(response.status()).as("%s", response).isEqualTo(200);
		Map<String, JsonNode> controls = new LinkedHashMap<>();
		response.body().get("controls").forEach((control) -> controls.put(control.get("id").asText(), control));
		return controls;
	}

	private static Map<String, Object> line(String code, String group, String name, String member, long amount) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("code", code);
		line.put("group", group);
		line.put("name", name);
		if (member != null) {
			line.put("member", member);
		}
		List<Map<String, Object>> amounts = new ArrayList<>();
		for (int year = YEAR; year <= YEAR + 2; year++) {
			amounts.add(Map.of("year", year, "amount", amount));
		}
		line.put("amounts", amounts);
		return line;
	}

	private static void ok(String method, String path, Map<String, ?> body) {
		Response response = send(method, path, "kansli", body);
		assertThat(response.status()).as("%s %s: %s", method, path, response).isBetween(200, 201);
	}

}
