package se.finsam.local;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.finsam.local.Cases.AF;
import static se.finsam.local.Cases.FK;
import static se.finsam.local.Cases.TODAY;
import static se.finsam.local.Cases.YEAR;

/**
 * One journey per user group in a real browser: the partner is refused with the API's
 * message beside the field, then files, amends and withdraws; the executive runs a
 * meeting where a deputy serves, a member leaves, a conflict is declared and an item is
 * deferred, and reads the plan and the dashboard as of a day; the auditor filters the
 * audit trail, downloads it, reads internal control and the verification. Every page is
 * scanned for accessibility and kept as a screenshot.
 */
class WebUserGroupsIT {

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	private static Browser browser;

	private static String association;

	@BeforeAll
	static void associationWithRulesAndBudget() {
		association = Cases.associationWithBudget(400_000);
		browser = new Browser(WebUserGroupsIT.class);
	}

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void partnerIsToldWhatToFixThenFilesAmendsAndWithdraws() {
		try (Browser.User partner = browser.login("part")) {
			partner.choose(association);
			Page page = partner.visit("/ansokningar/ny", "ny-ansokan");
			page.getByLabel("Insatsens namn").fill("Steget");
			page.getByLabel("Huvudman (projektägare)").selectOption(AF);
			page.locator("input[name=participants][value='" + FK + "']").check();
			page.locator("input[name=participants][value='" + Cases.REGION + "']").check();
			page.getByLabel("Målgrupp", EXACT).fill("Personer med långvarig sjukskrivning");
			page.getByLabel("Lägsta ålder").fill("25");
			page.getByLabel("Högsta ålder").fill("64");
			page.getByLabel("Startdag").fill(YEAR + "-01-01");
			page.getByLabel("Slutdag").fill(YEAR + "-12-31");
			page.getByLabel("Sökt belopp för startåret (kr)").fill("150000");
			page.locator("input[name=goalAreas][value='Samverkan']").check();
			page.getByLabel("Mätbart mål").fill("Andel som återgår i arbete");
			page.getByLabel("Målvärde").fill("minst 30 %");
			page.getByLabel("Jämställdhetsperspektiv").fill("Följs upp per kön.");
			page.getByLabel("Plan för implementering i ordinarie verksamhet").fill("Rutinen tas över av FK.");
			page.getByLabel("Kontaktperson").fill("Kim Kron");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka in ansökan")).click();
			partner.check("nekad");
			assertThat(page.locator("[data-error-summary]")).containsText("Huvudmannen 202100-2114");
			assertThat(page.locator("#participants-fel")).containsText("ska finnas bland de deltagande parterna");
			assertThat(page.getByLabel("Insatsens namn")).hasValue("Steget");

			page.locator("input[name=participants][value='" + AF + "']").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka in ansökan")).click();
			partner.check("inlamnad");
			assertThat(page.locator("[data-status]")).hasText("Inlämnad");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändra ansökan")).click();
			partner.check("andra");
			page.getByLabel("Insatsens namn").fill("Steget tillbaka");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara ändringen")).click();
			partner.check("andrad");
			assertThat(page.locator("h1")).hasText("Ansökan: Steget tillbaka");

			page.getByLabel("Skäl till att ansökan återkallas").fill("Finansieras på annat sätt.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Återkalla ansökan")).click();
			partner.check("aterkallad");
			assertThat(page.locator("[data-status]")).hasText("Återkallad");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Återkalla ansökan")))
				.hasCount(0);

			partner.visit("/ansokningar?per=" + TODAY.minusDays(1), "mina-ansokningar-i-gar");
			assertThat(page.locator("main")).containsText("Inga ansökningar ännu.");
			partner.visit("/insatser", "insatser");
		}
	}

	@Test
	void executiveRunsAMeetingWithADeputyAConflictAndADeferral() {
		String application = Cases.preparedApplication(association, "Prosa", 100_000);
		try (Browser.User executive = browser.login("kansli")) {
			executive.choose(association);
			Page page = executive.visit("/sammantraden", "sammantraden");
			page.getByLabel("Datum", EXACT).fill(TODAY.toString());
			page.getByLabel("Plats", EXACT).fill("Region Värmlands hus");
			page.getByLabel("Ordförande", EXACT).selectOption("Anna Andersson");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kalla till sammanträde")).click();
			executive.check("mote");
			for (String person : new String[] { "Anna Andersson", "Carl Carlsson", "Eva Ek" }) {
				presence(executive, person, "Närvarande");
			}
			presence(executive, "Gun Gran", "Frånvarande");
			presence(executive, "Hans Hed", "Närvarande");
			assertThat(page.locator("tr[data-person='Hans Hed']")).containsText("Ja, tjänstgör");
			assertThat(page.locator("[data-quorum]")).containsText("Beslutfört: 4 röstberättigade av 4 platser");
			presence(executive, "Carl Carlsson", "Frånvarande");
			presence(executive, "Eva Ek", "Frånvarande");
			assertThat(page.locator("[data-quorum]")).containsText("Inte beslutfört: 2 röstberättigade");
			presence(executive, "Eva Ek", "På distans");
			assertThat(page.locator("[data-quorum]")).containsText("Beslutfört: 3 röstberättigade");
			presence(executive, "Carl Carlsson", "Närvarande");
			assertThat(page.locator("[data-quorum]")).containsText("Beslutfört: 4 röstberättigade");
			executive.check("narvaro");

			page.getByLabel("Ansökan med förslag till beslut")
				.selectOption(new com.microsoft.playwright.options.SelectOption().setValue(application));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg på dagordningen")).click();
			executive.check("dagordning");
			Locator item = page.locator("#item1");
			item.locator("summary").click();
			item.getByLabel("Jävig ledamot").selectOption("Eva Ek");
			item.getByLabel("Skäl", new Locator.GetByLabelOptions().setExact(true)).fill("Anställd hos huvudmannen");
			item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Anteckna jäv")).click();
			executive.check("jav");
			assertThat(page.locator("#item1")).containsText("Jäv: Eva Ek (Anställd hos huvudmannen)");
			assertThat(page.locator("#item1").getByLabel("Röst för Eva Ek")).hasCount(0);
			page.locator("#item1 summary").click();
			page.locator("#item1").getByLabel("Skäl till bordläggning").fill("Underlaget kompletteras");
			page.locator("#item1")
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bordlägg"))
				.click();
			executive.check("bordlagd");
			assertThat(page.locator("#item1 [data-outcome]")).containsText("Bordlagd");

			Page plan = executive.visit("/plan?per=" + TODAY, "plan");
			assertThat(plan.locator("tr[data-line='fria-medel']")).containsText("400 000 kr");
			executive.visit("/plan?per=" + (YEAR - 1) + "-01-01", "plan-fore-antagandet");
			Page dashboard = executive.visit("/oversikt", "oversikt");
			assertThat(dashboard.locator("main")).containsText("Budget, reserverat och förbrukat per rad");
			assertThat(dashboard.locator("main table").first()).containsText("Fria medel");
			executive.visit("/arenden", "inkorg");
			assertThat(executive.page.locator("main")).containsText("Prosa");
		}
	}

	@Test
	void auditorFiltersDownloadsAndVerifies() throws Exception {
		try (Browser.User auditor = browser.login("revisor")) {
			auditor.choose(association);
			Page trail = auditor.visit("/granskning/handelselogg", "handelselogg");
			trail.getByLabel("Användare").fill("kansli");
			trail.getByLabel("Till och med (läget per dag)").fill(TODAY.toString());
			trail.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrera")).click();
			auditor.check("handelselogg-kansli");
			assertThat(trail.locator("table[data-audit] tbody tr").first()).containsText("kansli");
			Download download = trail.waitForDownload(
					() -> trail.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CSV")).click());
			String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
			org.assertj.core.api.Assertions.assertThat(csv.lines().count()).isGreaterThan(1);
			org.assertj.core.api.Assertions.assertThat(csv).contains("kansli");

			Page control = auditor.visit("/granskning/internkontroll?ar=" + YEAR, "internkontroll");
			assertThat(control.locator("tr[data-control='IK01']")).isVisible();
			auditor.visit("/granskning/internkontroll?ar=" + YEAR + "&per=" + TODAY, "internkontroll-per-dag");
			Page verification = auditor.visit("/granskning/verifiering", "verifiering");
			assertThat(verification.locator("[data-verification]")).containsText("Verifieringen godkänd");
			auditor.visit("/plan", "plan");
			auditor.visit("/oversikt", "oversikt");
			for (String path : new String[] { "/ansokningar/ny", "/arenden", "/sammantraden" }) {
				org.assertj.core.api.Assertions.assertThat(auditor.page.navigate(path).status())
					.as("%s for an auditor", path)
					.isEqualTo(403);
			}
			auditor.check("ingen-behorighet");
		}
	}

	@Test
	void adminRebuildsAViewAndFollowsItsProgress() {
		try (Browser.User admin = browser.login("admin")) {
			admin.choose(association);
			Page page = admin.visit("/drift", "drift");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bygg om association")).click();
			admin.check("ombyggnad-startad");
			assertThat(page.locator("[data-progress-text]")).containsText("Klar: vyn är ombyggd och identisk",
					new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
			admin.check("ombyggnad-klar");
		}
	}

	/** Presses the person's attendance button and sees the row say so. */
	private static void presence(Browser.User executive, String person, String button) {
		executive.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button + ": " + person)).click();
		executive.page.waitForLoadState();
		assertThat(executive.page.locator("tr[data-person='" + person + "']"))
			.containsText(button.equals("På distans") ? "Deltar på distans" : button);
	}

}
