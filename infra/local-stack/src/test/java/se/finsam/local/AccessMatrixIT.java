package se.finsam.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.finsam.local.Cases.Meeting;
import se.finsam.local.SharedStack.Response;
import se.finsam.platform.security.AccessMatrix;
import se.finsam.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.Cases.FORSHAGA;
import static se.finsam.local.Cases.TODAY;
import static se.finsam.local.Cases.YEAR;
import static se.finsam.local.Cases.approve;
import static se.finsam.local.Cases.lastPayload;
import static se.finsam.local.Cases.vote;
import static se.finsam.local.SharedStack.send;
import static se.finsam.local.SharedStack.storedEvents;

/**
 * The access matrix (docs/security.md), tested from the matrix itself: every endpoint of
 * both services has a row; every role on every endpoint is let through or refused as its
 * row says; and nobody reaches another association's data or, as partner or project
 * owner, another organisation's case. "Let through" means not refused anywhere (neither
 * at the edge nor in a handler), which the security log records; "refused" means 403 and
 * a line in the security log, or 404 where existence must not leak.
 */
class AccessMatrixIT {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	private static final Map<String, String> IDS = new HashMap<>();

	/** Another association, where the role users have no business. */
	private static final Map<String, String> FOREIGN = new HashMap<>();

	@BeforeAll
	static void twoAssociationsWithACaseEach() {
		IDS.putAll(caseIn(Cases.associationWithBudget(1_000_000, RoleUsers.HOME)));
		FOREIGN.putAll(caseIn(Cases.associationWithBudget(1_000_000, "222000-2634")));
		for (Map<String, String> ids : List.of(IDS, FOREIGN)) {
			SharedStack.await("the case on the query side", Duration.ofSeconds(60),
					() -> send("GET", "/api/interventions/" + ids.get("interventionId"), "revisor", null)
						.status() == 200
							&& send("GET", "/api/plans/" + ids.get("planId"), "revisor", null).status() == 200
							&& send("GET", "/api/associations/" + ids.get("associationId"), "revisor", null)
								.status() == 200);
		}
	}

	/** An association with a plan, a granted application, its intervention. */
	private static Map<String, String> caseIn(String association) {
		String application = Cases.preparedApplication(association, "Navet", 300_000);
		Meeting meeting = Meeting.quorate(association);
		int item = meeting.agenda("Ansökan om fria medel: Navet", "GRANT", application);
		meeting.ok("POST", "/items/" + item + "/decision",
				Map.of("votes",
						List.of(vote("Anna Andersson", "YES"), vote("Carl Carlsson", "YES"), vote("Eva Ek", "YES")),
						"motion", approve(300_000)));
		Map<String, String> ids = new HashMap<>();
		ids.put("associationId", association);
		ids.put("planId", Cases.planIdOf(association));
		ids.put("applicationId", application);
		ids.put("meetingId", meeting.id);
		ids.put("interventionId", lastPayload(application, "ApplicationApproved").get("interventionId").asText());
		ids.put("item", String.valueOf(item));
		return ids;
	}

	@Test
	void everyEndpointHasARowAndEveryRowAnEndpoint() {
		for (ConfigurableApplicationContext service : services()) {
			AccessMatrix matrix = service.getBean(AccessMatrix.class);
			Set<String> rows = new TreeSet<>(matrix.endpoints().stream().map(AccessMatrix.Endpoint::key).toList());
			assertThat(endpoints(service)).as("endpoints of %s", service.getId()).isEqualTo(rows);
		}
	}

	@TestFactory
	Stream<DynamicTest> everyRoleOnEveryEndpointAsTheMatrixSays() {
		List<DynamicTest> tests = new ArrayList<>();
		for (ConfigurableApplicationContext service : services()) {
			for (AccessMatrix.Endpoint endpoint : service.getBean(AccessMatrix.class).endpoints()) {
				if (endpoint.open()) {
					tests.add(DynamicTest.dynamicTest(endpoint.key() + " is open to anyone",
							() -> assertThat(call(endpoint.key(), IDS, null).status()).isEqualTo(200)));
					continue;
				}
				for (RoleUsers user : RoleUsers.ONE_PER_ROLE) {
					boolean allowed = endpoint.roles().contains(user.role());
					tests.add(DynamicTest.dynamicTest(endpoint.key() + " as " + user.role(),
							() -> assertAccess(endpoint.key(), user.name(), allowed)));
				}
			}
		}
		return tests.stream();
	}

	@Test
	void noRoleReadsAnotherAssociationsData() {
		for (RoleUsers user : RoleUsers.ONE_PER_ROLE) {
			for (String read : List.of("GET /api/associations/{associationId}", "GET /api/plans/{planId}",
					"GET /api/associations/{associationId}/applications", "GET /api/associations/{associationId}/audit",
					"GET /api/interventions/{interventionId}",
					"GET /api/associations/{associationId}/internal-control")) {
				assertRefused(read, user.name(), FOREIGN, null, allowedToQuery(read, user.role()) ? 404 : 403);
			}
		}
	}

	@Test
	void noRoleChangesAnotherAssociationsData() {
		String association = FOREIGN.get("associationId");
		long before = storedEvents(association) + storedEvents(FOREIGN.get("applicationId"));
		assertRefused("POST /api/associations/{associationId}/members", "as-executive", FOREIGN,
				Map.of("expectedVersion", 1, "member",
						Map.of("name", "Hagfors kommun", "kind", "MUNICIPALITY", "organisationNumber", "212000-1827")),
				404);
		assertRefused("POST /api/meetings", "as-executive", FOREIGN,
				Map.of("associationId", association, "date", TODAY.toString(), "startTime", "13:00", "place",
						"Kommunhuset", "chair", "Anna Andersson", "firstItemNumber", 1),
				404);
		assertRefused("POST /api/applications/{applicationId}/assessment", "as-preparation-group", FOREIGN,
				Map.of("expectedVersion", 1, "assessment", "Bra.", "recommendation", "APPROVE", "recommended",
						List.of(Map.of("year", YEAR, "amount", 1000))),
				404);
		assertRefused("POST /api/applications", "as-partner", FOREIGN,
				Map.of("associationId", association, "applicant", FORSHAGA, "content", Cases.content("Ny", 10_000)),
				404);
		assertRefused("POST /api/interventions/{interventionId}/reports", "as-project-owner", FOREIGN,
				Map.of("periodStart", YEAR + "-01-01", "periodEnd", TODAY.toString(), "costsToDate", 1000), 404);
		assertThat(storedEvents(association) + storedEvents(FOREIGN.get("applicationId"))).isEqualTo(before);
	}

	@Test
	void partnersApplyAndChangeOnlyForTheirOwnOrganisation() {
		Map<String, Object> submission = Map.of("associationId", IDS.get("associationId"), "applicant", RoleUsers.OTHER,
				"content", Cases.content("För en annan", 50_000));
		assertRefused("POST /api/applications", "as-partner", IDS, submission, 403);

		Response own = send("POST", "/api/applications", "as-partner", Map.of("associationId", IDS.get("associationId"),
				"applicant", FORSHAGA, "content", Cases.content("Egen", 50_000)));
		assertThat(own.status()).as("%s", own).isEqualTo(201);
		Map<String, String> mine = Map.of("applicationId", own.body().get("applicationId").asText());
		assertRefused("PUT /api/applications/{applicationId}", "as-partner-af", mine,
				Map.of("expectedVersion", 0, "content", Cases.content("Ändrad", 50_000)), 403);
		assertRefused("POST /api/applications/{applicationId}/withdrawal", "as-partner-af", mine,
				Map.of("expectedVersion", 0, "reason", "Inte vår"), 403);
		assertThat(storedEvents(mine.get("applicationId"))).as("only the submission").isEqualTo(1);
		assertThat(send("PUT", path("PUT /api/applications/{applicationId}", mine), "as-partner",
				Map.of("expectedVersion", 0, "content", Cases.content("Ändrad", 50_000)))
			.status()).isEqualTo(200);

		String register = path("GET /api/associations/{associationId}/applications", IDS);
		SharedStack.await("the partner's application in the register", Duration.ofSeconds(60),
				() -> send("GET", register, "as-partner", null).body().get("rows").size() >= 2);
		assertThat(send("GET", register, "as-partner", null).body().get("rows").findValuesAsText("applicant"))
			.containsOnly(FORSHAGA);
		assertThat(send("GET", register, "as-partner-af", null).body().get("rows")).isEmpty();
	}

	@Test
	void projectOwnersSeeAndReportOnlyOnTheirOwnInterventions() {
		Map<String, Object> report = Map.of("periodStart", YEAR + "-01-01", "periodEnd", TODAY.toString(),
				"costsToDate", 1000);
		assertRefused("POST /api/interventions/{interventionId}/reports", "as-project-owner-af", IDS, report, 403);
		assertRefused("GET /api/interventions/{interventionId}", "as-project-owner-af", IDS, null, 404);
		assertThat(call("GET /api/interventions/{interventionId}", IDS, "as-project-owner").status()).isEqualTo(200);
		String register = path("GET /api/associations/{associationId}/interventions", IDS);
		assertThat(send("GET", register, "as-project-owner-af", null).body().get("interventions")).isEmpty();
		assertThat(send("GET", register, "as-project-owner", null).body().get("interventions")).isNotEmpty();
	}

	@Test
	void readsOfTheAuditTrailAreInTheSecurityLog() {
		long before = logLines("event=read user=\"as-auditor\"");
		assertThat(call("GET /api/associations/{associationId}/audit", IDS, "as-auditor").status()).isEqualTo(200);
		assertThat(logLines("event=read user=\"as-auditor\"")).isEqualTo(before + 1);
	}

	private static void assertAccess(String key, String user, boolean allowed) {
		long refusals = refusalsOf(user);
		Response response = call(key, IDS, user);
		if (allowed) {
			assertThat(response.status()).as("%s as %s: %s", key, user, response).isNotIn(401, 403);
			assertThat(refusalsOf(user)).as("%s as %s refused: %s", key, user, response).isEqualTo(refusals);
		}
		else {
			assertThat(response.status()).as("%s as %s: %s", key, user, response).isEqualTo(403);
			assertThat(refusalsOf(user)).as("refusal of %s as %s in the security log", key, user)
				.isEqualTo(refusals + 1);
		}
	}

	private static void assertRefused(String key, String user, Map<String, String> ids, Object body, int status) {
		long refusals = refusalsOf(user);
		Response response = send(method(key), path(key, ids), user, body);
		assertThat(response.status()).as("%s as %s: %s", key, user, response).isEqualTo(status);
		assertThat(refusalsOf(user)).as("refusal of %s as %s in the security log", key, user).isEqualTo(refusals + 1);
	}

	private static Response call(String key, Map<String, String> ids, String user) {
		if (key.endsWith("/plans/import")) {
			// A plan file, not JSON: sent as one, or the endpoint is not even matched.
			return SharedStack.send(SharedStack.get().address(), method(key), path(key, ids), user, "year: x",
					"application/yaml");
		}
		return send(method(key), path(key, ids), user, method(key).equals("GET") ? null : "{}");
	}

	private static boolean allowedToQuery(String key, Role role) {
		return SharedStack.get().queryService().getBean(AccessMatrix.class).roles(key).contains(role);
	}

	private static String method(String key) {
		return key.substring(0, key.indexOf(' '));
	}

	/** The endpoint's path for these ids; other variables get harmless values. */
	private static String path(String key, Map<String, String> ids) {
		Matcher variables = VARIABLE.matcher(key.substring(key.indexOf(' ') + 1));
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String name = variables.group(1);
			String value = switch (name) {
				case "year", "budgetYear" -> String.valueOf(YEAR);
				case "memberOrganisation" -> Cases.FK;
				case "name" -> "nothing";
				default -> ids.getOrDefault(name, UUID.randomUUID().toString());
			};
			variables.appendReplacement(path, value);
		}
		variables.appendTail(path);
		return path + (method(key).equals("GET") ? "?year=" + YEAR : "");
	}

	private static List<ConfigurableApplicationContext> services() {
		return List.of(SharedStack.get().commandService(), SharedStack.get().queryService());
	}

	/** Every {@code "METHOD /api/…"} the service maps. */
	private static Set<String> endpoints(ConfigurableApplicationContext service) {
		Set<String> keys = new TreeSet<>();
		Map<RequestMappingInfo, ?> handlers = service
			.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
			.getHandlerMethods();
		for (RequestMappingInfo info : handlers.keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					info.getMethodsCondition().getMethods().forEach((method) -> keys.add(method + " " + pattern));
				}
			}
		}
		return keys;
	}

	private static long refusalsOf(String user) {
		return logLines("event=access-refused user=\"" + user + "\"");
	}

	private static long logLines(String containing) {
		try (Stream<String> lines = Files.lines(SharedStack.SECURITY_LOG)) {
			return lines.filter((line) -> line.contains(containing)).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
