package se.finsam.local;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.finsam.local.Cases.TODAY;
import static se.finsam.local.Cases.YEAR;
import static se.finsam.local.Cases.vote;

/**
 * The executive's plan year in a real browser: next year's plan drafted on the page, sent
 * to the members for consultation, adopted and revised by the board's decisions (§ 1 and
 * § 2 of one meeting), the revised line seen against the budget as adopted; the dashboard
 * draws equity over the plan years against the goal with its table; the minutes of that
 * meeting download as a PDF with the § numbers, the decisions and the dissent. Every page
 * is scanned for accessibility and kept as a screenshot.
 */
class WebPlanIT {

	private static final int PLAN_YEAR = YEAR + 1;

	private static Browser browser;

	private static String association;

	private static Cases.Meeting meeting;

	@BeforeAll
	static void associationAndTheBoardsDecisions() {
		association = Cases.registerWithBoard();
		meeting = Cases.Meeting.quorate(association);
		int adoption = meeting.agenda("Verksamhetsplan och budget " + PLAN_YEAR, "OTHER", null);
		meeting.ok("POST", "/items/" + adoption + "/decision",
				Map.of("resolution", "att anta verksamhetsplan och budget " + PLAN_YEAR + " enligt förslaget."));
		int revision = meeting.agenda("Revidering av budgeten " + PLAN_YEAR, "OTHER", null);
		meeting.ok("POST", "/items/" + revision + "/decision",
				Map.of("resolution", "att sänka fria medel " + PLAN_YEAR + " till 800 000 kr.", "votes",
						List.of(vote("Anna Andersson", "YES"), vote("Carl Carlsson", "YES"), vote("Eva Ek", "NO")),
						"dissenting", List.of("Eva Ek")));
		browser = new Browser(WebPlanIT.class);
	}

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void executiveDraftsConsultsAdoptsRevisesAndSeesTheChangeAndTheEquityAgainstTheGoal() {
		try (Browser.User executive = browser.login("kansli")) {
			executive.choose(association);
			Page page = executive.visit("/plan?ar=" + PLAN_YEAR, "ingen-plan");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upprätta utkast för " + PLAN_YEAR))
				.click();
			executive.check("utkast");
			page.getByLabel("Belopp " + PLAN_YEAR + ", Bidrag Försäkringskassan").fill("1000000");
			page.getByLabel("Belopp " + PLAN_YEAR + ", Bidrag Region Värmland").fill("500000");
			page.getByLabel("Belopp " + PLAN_YEAR + ", Administration och kansli").fill("300000");
			page.getByLabel("Belopp " + PLAN_YEAR + ", Fria medel").fill("1000000");
			page.getByLabel("Radens namn, rad 7").fill("Nätverksträffar");
			page.getByLabel("Grupp, rad 7").selectOption("STRUCTURAL_INTERVENTIONS");
			page.getByLabel("Belopp " + PLAN_YEAR + ", rad 7").fill("50000");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara utkastet")).click();
			executive.check("utkast-sparat");
			assertThat(page.locator("[data-plan-status]")).hasText("Utkast");
			assertThat(page.locator("tr[data-line='fria-medel']")).containsText("1 000 000 kr");
			assertThat(page.locator("tr[data-line='natverkstraffar']")).containsText("50 000 kr");

			goalsAndOpeningEquity();
			page.reload();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka på samråd till medlemmarna"))
				.click();
			executive.check("samrad");
			assertThat(page.locator("[data-consultation]")).hasText("Skickat på samråd " + TODAY + ".");

			page.getByLabel("Sammanträdet som antog planen").selectOption(new SelectOption().setValue(meeting.id));
			page.getByLabel("Paragraf (§)").fill("1");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anta planen")).click();
			executive.check("antagen");
			assertThat(page.locator("[data-plan-status]")).hasText("Antagen");
			assertThat(page.locator("main")).containsText(TODAY + " § 1");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revidera budgeten")).click();
			executive.check("revidering");
			page.getByLabel("Belopp " + PLAN_YEAR + ", Fria medel").fill("800000");
			page.getByLabel("Skäl till revideringen").fill("Färre ansökningar än väntat.");
			page.getByLabel("Sammanträdet som beslutade revideringen")
				.selectOption(new SelectOption().setValue(meeting.id));
			page.getByLabel("Paragraf (§)").fill("2");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara revideringen")).click();
			executive.check("reviderad");
			assertThat(page.locator("tr[data-line='fria-medel']")).containsText("800 000 kr");
			assertThat(page.locator("main")).containsText("Färre ansökningar än väntat.");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Jämför budgetens versioner")).click();
			executive.check("jamforelse");
			assertThat(page.locator("[data-diff-summary]")).hasText("Markerade rader har ändrats.");
			var freeFunds = page.locator("tr[data-line='fria-medel'][data-year='" + PLAN_YEAR + "']");
			assertThat(freeFunds).hasAttribute("data-changed", "true");
			assertThat(freeFunds).hasClass("diff-changed");
			assertThat(freeFunds).containsText("1 000 000 kr");
			assertThat(freeFunds).containsText("800 000 kr");
			assertThat(freeFunds.locator("[data-change]")).hasText("−200 000 kr");
			assertThat(page.locator("tr[data-line='bidrag-forsakringskassan'][data-year='" + PLAN_YEAR + "']"))
				.hasAttribute("data-changed", "false");
			// Income 1 500 000, costs 1 350 000 as adopted and 1 150 000 as revised.
			var totals = page.locator("[data-diff-totals] tr[data-year='" + PLAN_YEAR + "']");
			assertThat(totals).containsText("150 000 kr");
			assertThat(totals).containsText("350 000 kr");
			assertThat(totals).containsText("+200 000 kr");

			Page dashboard = executive.visit("/oversikt?ar=" + PLAN_YEAR, "oversikt");
			assertThat(dashboard.locator("[data-equity] svg[role='img'] rect")).hasCount(3);
			assertThat(dashboard.locator("[data-equity] svg")).hasAttribute("aria-labelledby", "eget-kapital-alt");
			assertThat(dashboard.locator("#eget-kapital-alt")).containsText("målets tak");
			// Opening 400 000 + result 350 000; the ceiling is 20 % of 1 500 000.
			var firstYear = dashboard.locator("[data-equity] tr[data-year='" + PLAN_YEAR + "']");
			assertThat(firstYear).containsText("750 tkr");
			assertThat(firstYear).containsText("300 tkr");
			assertThat(firstYear).containsText("400 tkr");
			assertThat(firstYear).containsText("Över taket");
		}
	}

	@Test
	void minutesDownloadAsAPdfWithTheItemsDecisionsAndDissent() throws Exception {
		try (Browser.User executive = browser.login("kansli")) {
			executive.choose(association);
			Page minutes = executive.visit("/sammantraden/" + meeting.id + "/protokoll", "protokoll");
			Download download = minutes.waitForDownload(() -> minutes
				.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ladda ned protokollet som PDF"))
				.click());
			org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
				.isEqualTo("protokoll-" + TODAY + ".pdf");
			String text = textOf(Files.readAllBytes(download.path()));
			org.assertj.core.api.Assertions.assertThat(text)
				.contains("Protokoll från styrelsens sammanträde")
				.contains("§ 1 Verksamhetsplan och budget " + PLAN_YEAR)
				.contains("att anta verksamhetsplan och budget " + PLAN_YEAR + " enligt förslaget.")
				.contains("Beslutet fattades utan omröstning.")
				.contains("§ 2 Revidering av budgeten " + PLAN_YEAR)
				.contains("Ja: Anna Andersson, Carl Carlsson.")
				.contains("Omröstning: 2 ja, 1 nej, 0 avstår.")
				.contains("Reservation mot beslutet: Eva Ek.")
				.contains("Anna Andersson")
				.contains("Ordförande")
				.contains("Justerare");

			APIResponse response = executive.context.request().get("/sammantraden/" + meeting.id + "/protokoll.pdf");
			org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
			org.assertj.core.api.Assertions.assertThat(response.headers().get("content-type"))
				.startsWith("application/pdf");
			org.assertj.core.api.Assertions.assertThat(new String(response.body(), 0, 5)).isEqualTo("%PDF-");
		}
	}

	/**
	 * The goal for equity and the opening equity, which the plan's pages do not edit yet,
	 * recorded on the draft through the API; waits until the plan view has them, so that
	 * the page's next command names the current version.
	 */
	private static void goalsAndOpeningEquity() {
		String plan = PlanId.of(AssociationId.of(association), PLAN_YEAR).toString();
		long version = planVersion(plan);
		SharedStack.Response goals = SharedStack.send("PUT", "/api/plans/" + plan + "/goals", "kansli",
				Map.of("expectedVersion", version, "goals",
						Map.of("economic", Map.of("equityCeilingPercent", 20, "equityFloor", 400_000))));
		org.assertj.core.api.Assertions.assertThat(goals.status()).as("%s", goals).isEqualTo(200);
		SharedStack.Response equity = SharedStack.send("PUT", "/api/plans/" + plan + "/opening-equity", "kansli",
				Map.of("expectedVersion", goals.body().get("version").asLong(), "amount", 400_000, "source",
						"Årsredovisningen " + YEAR));
		org.assertj.core.api.Assertions.assertThat(equity.status()).as("%s", equity).isEqualTo(200);
		long recorded = equity.body().get("version").asLong();
		SharedStack.await("the plan view catches up", Duration.ofSeconds(30), () -> planVersion(plan) >= recorded);
	}

	private static long planVersion(String plan) {
		SharedStack.Response view = SharedStack.send("GET", "/api/plans/" + plan, "kansli", null);
		return (view.status() == 200) ? view.body().get("version").asLong() : -1;
	}

	private static String textOf(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
