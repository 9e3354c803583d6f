package se.finsam.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Records one association's year through the product's own command API, so that the
 * synthetic history is made of real events as the product writes them: registration with
 * members and board, rules, an adopted budget, then board meetings, each with
 * applications filed, prepared and decided (two grants, one deferral, one information
 * item), minutes signed and adjusted, and each grant's intervention with goals, a report
 * schedule, a report and a payment.
 */
final class TemplateYear {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

	static final int YEAR = TODAY.getYear();

	private static final String FK = "202100-5521";

	private static final String AF = "202100-2114";

	private static final String REGION = "232100-0164";

	private static final String MUNICIPALITY = "212000-1785";

	private static final List<String> PRESENT = List.of("Anna Andersson", "Carl Carlsson", "Eva Ek");

	private final Api api;

	private final DataSource eventStore;

	TemplateYear(Api api, DataSource eventStore) {
		this.api = api;
		this.eventStore = eventStore;
	}

	/** The association's body for a registration: one command, one event. */
	static Map<String, Object> association() {
		return Map.of("name", "Samordningsförbundet Mätbyn", "organisationNumber", "222000-2634", "members",
				List.of(member("Försäkringskassan", "STATE_AGENCY", FK),
						member("Arbetsförmedlingen", "STATE_AGENCY", AF), member("Region Mätbyn", "REGION", REGION),
						member("Mätby kommun", "MUNICIPALITY", MUNICIPALITY)),
				"board", List.of(seat(FK, "Anna Andersson", "Bo Berg"), seat(AF, "Carl Carlsson", "Dora Dahl"),
						seat(REGION, "Eva Ek", "Finn Fors"), seat(MUNICIPALITY, "Gun Gran", "Hans Hed")));
	}

	/** Records the year with this many meetings; returns the association's id. */
	String record(int meetings) {
		String association = this.api.ok("POST", "/api/associations", "kansli", association(), 201)
			.get("associationId")
			.asText();
		this.api.ok(
				"PUT", "/api/associations/" + association + "/charter", "kansli", Map.of("expectedVersion", 0,
						"validFrom", YEAR + "-01-01", "decision", decision(UUID.randomUUID(), 4), "rules", rules()),
				200);
		String plan = this.api
			.ok("POST", "/api/plans", "kansli",
					Map.of("associationId", association, "year", YEAR, "lines",
							List.of(Map.of("code", "bidrag-fk", "group", "CONTRIBUTION", "name", "Försäkringskassan",
									"member", FK, "amounts", List.of(Map.of("year", YEAR, "amount", 20_000_000))),
									Map.of("code", "fria-medel", "group", "FREE_FUNDS", "name", "Fria medel", "amounts",
											List.of(Map.of("year", YEAR, "amount", 20_000_000))))),
					201)
			.get("planId")
			.asText();
		this.api.ok("POST", "/api/plans/" + plan + "/adoption", "kansli",
				Map.of("expectedVersion", 0, "decision", decision(UUID.randomUUID(), 5)), 200);
		for (int i = 0; i < meetings; i++) {
			meeting(association);
		}
		return association;
	}

	private void meeting(String association) {
		List<String> applications = List.of(preparedApplication(association, "Navet"),
				preparedApplication(association, "Steget"), preparedApplication(association, "Prosa"));
		Meeting meeting = new Meeting(this.api
			.ok("POST", "/api/meetings", "kansli",
					Map.of("associationId", association, "date", TODAY.toString(), "startTime", "13:00", "place",
							"Kommunhuset", "chair", "Anna Andersson", "firstItemNumber", 1),
					201)
			.get("meetingId")
			.asText());
		for (String member : PRESENT) {
			meeting.ok("POST", "/attendance", Map.of("person", member, "presence", "PRESENT"));
		}
		int[] items = new int[3];
		for (int i = 0; i < 3; i++) {
			items[i] = meeting
				.ok("POST", "/agenda",
						Map.of("title", "Ansökan om fria medel", "type", "GRANT", "applicationId", applications.get(i)))
				.get("item")
				.asInt();
		}
		int information = meeting
			.ok("POST", "/agenda", Map.of("title", "Information från förbundschefen", "type", "OTHER"))
			.get("item")
			.asInt();
		for (int i = 0; i < 2; i++) {
			meeting.ok("POST", "/items/" + items[i] + "/decision", Map.of("votes",
					PRESENT.stream().map((person) -> Map.of("person", person, "choice", "YES")).toList(), "motion",
					Map.of("kind", "APPROVE", "granted", List.of(Map.of("year", YEAR, "amount", 200_000)), "conditions",
							"Rapport till varje styrelsemöte.")));
		}
		meeting.ok("POST", "/items/" + items[2] + "/deferral", Map.of("reason", "Kompletteras till nästa möte"));
		meeting.ok("POST", "/items/" + information + "/decision", Map.of("resolution", "Informationen noteras."));
		meeting.ok("PUT", "/checker", Map.of("person", "Eva Ek"));
		meeting.ok("POST", "/minutes/signatures", Map.of("signer", "Anna Andersson", "role", "CHAIR"));
		meeting.ok("POST", "/minutes/signatures", Map.of("signer", "Eva Ek", "role", "CHECKER"));
		for (int i = 0; i < 2; i++) {
			followUp(interventionOf(applications.get(i)), decision(UUID.fromString(meeting.id), items[i]));
		}
	}

	/** The intervention the grant created, as its event in the store names it. */
	private String interventionOf(String application) {
		try (Connection connection = this.eventStore.getConnection();
				PreparedStatement statement = connection.prepareStatement("""
						SELECT convert_from(payload, 'UTF8')::jsonb->>'interventionId' FROM domainevententry
						WHERE aggregateidentifier = ? AND payloadtype LIKE '%.ApplicationApproved'""")) {
			statement.setString(1, application);
			try (ResultSet rows = statement.executeQuery()) {
				if (!rows.next()) {
					throw new IllegalStateException("No grant stored for application " + application);
				}
				return rows.getString(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void followUp(String intervention, Map<String, Object> decision) {
		String path = "/api/interventions/" + intervention;
		this.api.ok("PUT", path + "/goals", "kansli",
				Map.of("expectedVersion", 0, "decision", decision, "goals",
						List.of(Map.of("description", "Minst 45 % av dem som avslutar går till arbete eller studier",
								"measure", "SHARE_ENDED_TO_WORK_STUDIES_OR_AF", "atLeast", true, "target", 45))),
				200);
		this.api.ok("PUT", path + "/report-schedule", "kansli",
				Map.of("expectedVersion", 1, "dues", List.of(Map.of("due", TODAY.plusDays(30).toString(), "periodEnd",
						TODAY.minusDays(1).toString(), "kind", "BOARD_MEETING"))),
				200);
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("periodStart", YEAR + "-01-01");
		report.put("periodEnd", TODAY.minusDays(1).toString());
		report.put("costsToDate", 80_000);
		report.put("participants", List.of(count("WOMAN", 6, 8, 3), count("MAN", 3, 4, 2)));
		report.put("outcomes", List.of(outcome("WOMAN", "WORK", 2), outcome("WOMAN", "STUDIES", 1),
				outcome("MAN", "REFERRED_TO_AF", 1), outcome("MAN", "OTHER", 1)));
		report.put("steps", List.of(Map.of("gender", "WOMAN", "count", 4), Map.of("gender", "MAN", "count", 2)));
		report.put("narrative", "Gruppverksamheten har kommit igång; samarbetet med parterna fungerar väl.");
		this.api.ok("POST", path + "/reports", "part", report, 201);
		this.api.ok("POST", path + "/disbursements", "kansli", Map.of("paidOn", TODAY.toString(), "amount", 100_000),
				200);
	}

	private String preparedApplication(String association, String title) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("title", title);
		content.put("owner", MUNICIPALITY);
		content.put("participants", List.of(MUNICIPALITY, FK, REGION));
		content.put("kind", "INDIVIDUAL");
		content.put("targetGroup",
				Map.of("description", "Unga vuxna långt från arbetsmarknaden", "youngestAge", 18, "oldestAge", 29));
		content.put("period", Map.of("start", YEAR + "-01-01", "end", YEAR + "-12-31"));
		content.put("requested", List.of(Map.of("year", YEAR, "amount", 200_000)));
		content.put("goalAreas", List.of("Arbete och studier"));
		content.put("measurableGoals",
				List.of(Map.of("description", "Andel som går till arbete eller studier", "target", "minst 45 %")));
		content.put("genderEquality", "Resultat följs upp för kvinnor och män var för sig.");
		content.put("implementationPlan", "Metoden förs in i kommunens arbetsmarknadsenhet.");
		content.put("steeringGroup", List.of(Map.of("memberOrganisation", FK, "person", "Ivar Ide")));
		content.put("contactPerson", "Jenny Jul");
		String id = this.api
			.ok("POST", "/api/applications", "part",
					Map.of("associationId", association, "applicant", MUNICIPALITY, "content", content), 201)
			.get("applicationId")
			.asText();
		String path = "/api/applications/" + id;
		this.api.ok("POST", path + "/registration", "kansli", Map.of("expectedVersion", 0, "diaryNumber", YEAR + "/14"),
				200);
		this.api.ok("POST", path + "/assessment", "kansli",
				Map.of("expectedVersion", 1, "assessment", "Väl förankrad hos parterna.", "recommendation", "APPROVE",
						"recommended", List.of(Map.of("year", YEAR, "amount", 200_000))),
				200);
		this.api.ok("POST", path + "/proposal", "kansli", Map.of("expectedVersion", 2, "outcome", "APPROVE", "amounts",
				List.of(Map.of("year", YEAR, "amount", 200_000)), "conditions", "Rapport till varje styrelsemöte."),
				200);
		return id;
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

	private static Map<String, Object> decision(UUID meeting, int item) {
		return Map.of("meetingId", meeting, "meetingDate", TODAY.toString(), "item", item);
	}

	private static Map<String, Object> count(String gender, int fresh, int active, int ended) {
		return Map.of("gender", gender, "ageBand", "AGE_20_24", "newCount", fresh, "activeCount", active, "endedCount",
				ended);
	}

	private static Map<String, Object> outcome(String gender, String outcome, int count) {
		return Map.of("gender", gender, "outcome", outcome, "count", count);
	}

	private static Map<String, String> member(String name, String kind, String number) {
		return Map.of("name", name, "kind", kind, "organisationNumber", number);
	}

	private static Map<String, String> seat(String member, String ordinary, String deputy) {
		return Map.of("memberOrganisation", member, "ordinaryMember", ordinary, "deputy", deputy);
	}

	/** A meeting under way, keeping track of its version. */
	private final class Meeting {

		private final String id;

		private long version;

		Meeting(String id) {
			this.id = id;
		}

		JsonNode ok(String method, String path, Map<String, ?> body) {
			Map<String, Object> withVersion = new LinkedHashMap<>(body);
			withVersion.put("expectedVersion", this.version);
			JsonNode answer = TemplateYear.this.api.ok(method, "/api/meetings/" + this.id + path, "kansli", withVersion,
					200);
			this.version = answer.get("version").asLong();
			return answer;
		}

	}

}
