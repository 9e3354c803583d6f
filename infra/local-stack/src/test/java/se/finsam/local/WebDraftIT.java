package se.finsam.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.local.Cases.YEAR;

/**
 * The draft before consultation in a real browser: the executive drafts next year's plan,
 * amends a line's amount on the draft form and sees it on the plan, sends the draft for
 * consultation, after which the amend link is gone and the API refuses an amendment in
 * Swedish. A plan file is loaded on its page with its steps followed until the plan view
 * shows it; a file that cannot be read shows the API's error beside the field. Every page
 * is scanned for accessibility and kept as a screenshot.
 */
class WebDraftIT {

	private static final int PLAN_YEAR = YEAR + 1;

	private static final String SEED = "plans/klaralvdalen-2025.yaml";

	private static Browser browser;

	@BeforeAll
	static void openBrowser() {
		browser = new Browser(WebDraftIT.class);
	}

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void executiveAmendsTheDraftUntilItGoesOutForConsultation() {
		String association = Cases.registerWithBoard("222000-7716");
		String planId = PlanId.of(AssociationId.of(association), PLAN_YEAR).toString();
		try (Browser.User executive = browser.login("kansli")) {
			executive.choose(association);
			Page page = executive.visit("/plan?ar=" + PLAN_YEAR, "ingen-plan");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upprätta utkast för " + PLAN_YEAR))
				.click();
			executive.check("utkast");
			page.getByLabel("Belopp " + PLAN_YEAR + ", Bidrag Försäkringskassan").fill("1000000");
			page.getByLabel("Belopp " + PLAN_YEAR + ", Administration och kansli").fill("300000");
			page.getByLabel("Belopp " + PLAN_YEAR + ", Fria medel").fill("600000");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara utkastet")).click();
			executive.check("utkast-sparat");
			assertThat(page.locator("tr[data-line='fria-medel']")).containsText("600 000 kr");
			assertThat(page.locator("tr[data-line='administration-och-kansli']")).containsText("300 000 kr");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändra utkastet")).click();
			executive.check("andra-utkastet");
			assertThat(page.getByLabel("Belopp " + PLAN_YEAR + ", Fria medel")).hasValue("600000");
			page.getByLabel("Belopp " + PLAN_YEAR + ", Fria medel").fill("650000");
			for (int offset = 0; offset < 3; offset++) {
				page.getByLabel("Belopp " + (PLAN_YEAR + offset) + ", Administration och kansli").fill("");
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara ändringarna")).click();
			executive.check("utkast-andrat");
			assertThat(page.locator("main")).containsText("Ändringarna i utkastet är sparade.");
			assertThat(page.locator("[data-plan-status]")).hasText("Utkast");
			assertThat(page.locator("tr[data-line='fria-medel']")).containsText("650 000 kr");
			assertThat(page.locator("tr[data-line='fria-medel']")).not().containsText("600 000 kr");
			assertThat(page.locator("tr[data-line='administration-och-kansli']")).hasCount(0);
			assertThat(page.locator("tr[data-line='bidrag-forsakringskassan']")).containsText("1 000 000 kr");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka på samråd till medlemmarna"))
				.click();
			executive.check("samrad");
			assertThat(page.locator("[data-consultation]")).isVisible();
			assertThat(page.locator("[data-amend-draft]")).hasCount(0);
			executive.visit("/plan/utkast?ar=" + PLAN_YEAR, "utkast-efter-samrad");
			assertThat(page.locator("[data-plan-status]")).hasText("Utkast");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara ändringarna")))
				.hasCount(0);
		}

		JsonNode plan = SharedStack.send("GET", "/api/plans/" + planId, "kansli", null).body();
		SharedStack.Response refused = SharedStack.send("PUT", "/api/plans/" + planId + "/draft", "kansli",
				Map.of("expectedVersion", plan.get("version").asLong(), "lines",
						List.of(Map.of("code", "fria-medel", "group", "FREE_FUNDS", "name", "Fria medel", "amounts",
								List.of(Map.of("year", PLAN_YEAR, "amount", "700000"))))));
		assertThat(refused.status()).as("%s", refused).isEqualTo(409);
		assertThat(refused.body().toString()).contains("Planen för " + PLAN_YEAR
				+ " har gått ut på samråd och utkastet ändras inte längre; ändringar görs som revideringar när budgeten är antagen.");
		JsonNode after = SharedStack.send("GET", "/api/plans/" + planId, "kansli", null).body();
		assertThat(after.get("version").asLong()).as("a refused amendment leaves no event")
			.isEqualTo(plan.get("version").asLong());
	}

	@Test
	void executiveLoadsAPlanFileFollowsItsStepsAndSeesTheErrorsOfABadFile() throws IOException {
		byte[] seed = resource(SEED);
		JsonNode file = new YAMLMapper().readTree(seed);
		int year = file.get("year").asInt();
		String association = registerMembersOf(file, "222000-7724");
		try (Browser.User executive = browser.login("kansli")) {
			executive.choose(association);
			Page page = executive.visit("/plan?ar=" + year, "ingen-plan-att-lasa-in");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Läs in en planfil")).click();
			executive.check("inlasning");

			page.getByLabel("Planfil (YAML)")
				.setInputFiles(new FilePayload("trasig.yaml", "application/yaml",
						"lines:\n  - { code: fria-medel, group: FREE_FUNDS, name: Fria medel }\n"
							.getBytes(StandardCharsets.UTF_8)));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Läs in filen")).click();
			executive.check("inlasning-fel");
			assertThat(page.locator("#fil-fel")).hasText("Filen ska ange planens år (year).");
			assertThat(page.locator("[data-error-summary]")).containsText("Filen ska ange planens år (year).");
			assertThat(SharedStack.send("GET", "/api/associations/" + association + "/plans/" + year, "kansli", null)
				.status()).as("a refused file saves nothing").isEqualTo(404);

			page.getByLabel("Planfil (YAML)")
				.setInputFiles(new FilePayload("klaralvdalen-2025.yaml", "application/yaml", seed));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Läs in filen")).click();
			page.waitForURL("**/plan?ar=" + year);
			executive.check("inlast");
			assertThat(page.locator("[data-plan-status]")).hasText("Utkast");
			assertThat(page.locator("tr[data-line='fria-medel']")).containsText("549 350 kr");
			assertThat(page.locator("[data-amend-draft]")).isVisible();

			// The steps page while the view has not reached a version: it keeps
			// following.
			String planId = PlanId.of(AssociationId.of(association), year).toString();
			executive.visit("/plan/inlasning/" + planId + "?version=1000", "inlasning-steg");
			assertThat(page.locator("[data-import-steps] li")).hasCount(4);
			assertThat(page.locator("progress")).hasAttribute("value", "3");
			assertThat(page.locator("[data-progress-text]")).hasText("Planen är sparad och läggs nu in i planvyn …");
		}
	}

	private static String registerMembersOf(JsonNode file, String organisationNumber) {
		List<Map<String, String>> members = new ArrayList<>();
		for (JsonNode member : file.get("members")) {
			members.add(Map.of("name", member.get("name").asText(), "kind", member.get("kind").asText(),
					"organisationNumber", member.get("organisationNumber").asText()));
		}
		SharedStack.Response response = SharedStack.send("POST", "/api/associations", "kansli", Map.of("name",
				"Förbundet som läser in sin plan", "organisationNumber", organisationNumber, "members", members));
		assertThat(response.status()).as("%s", response).isEqualTo(201);
		return response.body().get("associationId").asText();
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = WebDraftIT.class.getClassLoader().getResourceAsStream(name)) {
			return in.readAllBytes();
		}
	}

}
