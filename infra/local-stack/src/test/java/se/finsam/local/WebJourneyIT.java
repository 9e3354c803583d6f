package se.finsam.local;

import java.time.Duration;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.finsam.local.Cases.FK;
import static se.finsam.local.Cases.FORSHAGA;
import static se.finsam.local.Cases.REGION;
import static se.finsam.local.Cases.TODAY;
import static se.finsam.local.Cases.YEAR;

/**
 * The product as its users meet it, across every user group, in a real browser against
 * the real stack: a partner files an application, the executive prepares it and puts it
 * on a meeting's agenda, the board decides it in meeting mode, the minutes are adjusted,
 * the plan shows the reservation, the auditor finds it in the audit trail and sees the
 * history's verification pass, and the partner, now project owner, files the
 * intervention's first report. Every page is checked for accessibility and kept as a
 * screenshot.
 */
class WebJourneyIT {

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	private static Browser browser;

	private static String association;

	@BeforeAll
	static void associationWithRulesAndBudget() {
		association = Cases.associationWithBudget(500_000);
		browser = new Browser(WebJourneyIT.class);
	}

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void fromApplicationToVerifiedHistory() {
		String title = "Vägen till arbete " + UUID.randomUUID().toString().substring(0, 8);
		String application;
		try (Browser.User partner = browser.login("part")) {
			partner.choose(association);
			application = fileApplication(partner, title);
		}
		String meeting;
		try (Browser.User executive = browser.login("kansli")) {
			executive.choose(association);
			prepare(executive, title);
			meeting = decideInMeetingMode(executive, title);
			adjustMinutes(executive);
			Page page = executive.visit("/sammantraden/" + meeting + "/protokoll", "protokoll");
			assertThat(page.locator("main")).containsText("§ 1 Ansökan om fria medel: " + title);
			assertThat(page.locator("main")).containsText("Reservation: Eva Ek");
			assertThat(page.locator("main")).containsText("Justerat " + TODAY);

			Locator freeFunds = executive.visit("/plan", "plan").locator("tr[data-line='fria-medel'] [data-reserved]");
			SharedStack.await("the reservation in the plan", Duration.ofSeconds(60), () -> {
				if (freeFunds.textContent().contains("200 000 kr")) {
					return true;
				}
				executive.page.reload();
				return false;
			});
			executive.check("plan-reserverat");
			assertThat(executive.page.locator("tr[data-line='fria-medel']")).containsText("300 000 kr");
		}
		try (Browser.User auditor = browser.login("revisor")) {
			auditor.choose(association);
			Page trail = auditor.visit("/granskning/handelselogg?aggregate=" + application, "handelselogg");
			assertThat(trail.locator("table[data-audit]"))
				.containsText("Ansökan om fria medel \"" + title + "\" lämnades in");
			assertThat(trail.locator("table[data-audit]")).containsText("beviljades");
			trail.getByLabel("Händelsetyp").fill("MinutesAdjusted");
			trail.getByLabel("Objekt (id för ansökan, sammanträde, plan …)").fill(meeting);
			trail.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrera")).click();
			auditor.check("handelselogg-filtrerad");
			assertThat(trail.locator("table[data-audit] tbody tr")).hasCount(1);
			assertThat(trail.locator("table[data-audit]")).containsText("Protokollet justerades den " + TODAY);

			Page verification = auditor.visit("/granskning/verifiering", "verifiering");
			assertThat(verification.locator("[data-verification]"))
				.hasText("Verifieringen godkänd: historiken är oförändrad.");
		}
		try (Browser.User partner = browser.login("part")) {
			partner.choose(association);
			fileInterventionReport(partner, title);
		}
	}

	/**
	 * The partner, now project owner, finds the funded intervention and reports on it.
	 */
	private static void fileInterventionReport(Browser.User partner, String title) {
		Page page = partner.visit("/insatser", "insatser");
		SharedStack.await("the intervention in the partner's list", Duration.ofSeconds(60), () -> {
			if (page.locator("main").textContent().contains(title)) {
				return true;
			}
			page.reload();
			return false;
		});
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		partner.check("insats");
		assertThat(page.locator("main")).containsText("Inga rapporter ännu.");
		page.getByLabel("Periodens första dag").fill(YEAR + "-01-01");
		page.getByLabel("Periodens sista dag").fill(TODAY.toString());
		page.getByLabel("Kostnader hittills (kr)").fill("50000");
		page.getByLabel("Nya, kvinnor").fill("3");
		page.getByLabel("Nya, män").fill("2");
		page.getByLabel("Aktiva, kvinnor").fill("3");
		page.getByLabel("Aktiva, män").fill("2");
		// One woman left during the period, for work: an outcome counts among those who
		// left.
		page.getByLabel("Avslutade, kvinnor").fill("1");
		page.getByLabel("Till arbete, kvinnor").fill("1");
		page.getByLabel("Beskrivning av perioden").fill("Uppstart med fem deltagare.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lämna rapporten")).click();
		partner.check("rapport-inlamnad");
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Rapporten är inlämnad.");
		assertThat(page.locator("[data-report]")).hasCount(1);
		assertThat(page.locator("[data-report]")).containsText("50 000 kr");
	}

	/** The partner fills in the form; the checks speak as they type; the result shows. */
	private static String fileApplication(Browser.User partner, String title) {
		Page page = partner.visit("/ansokningar/ny", "ny-ansokan");
		page.getByLabel("Insatsens namn").fill(title);
		page.getByLabel("Huvudman (projektägare)").selectOption(FK);
		page.locator("input[name=participants][value='" + FK + "']").check();
		assertThat(page.locator("#participants-fel")).containsText("Välj minst 2 parter");
		page.locator("input[name=participants][value='" + REGION + "']").check();
		page.locator("input[name=participants][value='" + FORSHAGA + "']").check();
		assertThat(page.locator("#participants-fel")).isEmpty();
		page.getByLabel("Målgrupp", EXACT).fill("Unga vuxna långt från arbetsmarknaden");
		page.getByLabel("Lägsta ålder").fill("18");
		page.getByLabel("Högsta ålder").fill("12");
		page.getByLabel("Högsta ålder").blur();
		assertThat(page.locator("#oldestAge-fel")).containsText("Åldern ska ligga inom förbundets gränser");
		page.getByLabel("Högsta ålder").fill("29");
		page.getByLabel("Högsta ålder").blur();
		assertThat(page.locator("#oldestAge-fel")).isEmpty();
		page.getByLabel("Startdag").fill(YEAR + "-01-01");
		page.getByLabel("Slutdag").fill(YEAR + "-12-31");
		page.getByLabel("Sökt belopp för startåret (kr)").fill("200000");
		page.locator("input[name=goalAreas][value='Arbete och studier']").check();
		page.getByLabel("Mätbart mål").fill("Andel som går till arbete eller studier");
		page.getByLabel("Målvärde").fill("minst 45 %");
		page.getByLabel("Jämställdhetsperspektiv").fill("Resultat följs upp för kvinnor och män var för sig.");
		page.getByLabel("Plan för implementering i ordinarie verksamhet")
			.fill("Metoden förs in i kommunens arbetsmarknadsenhet.");
		page.getByLabel("Kontaktperson").fill("Jenny Jul");
		partner.check("ny-ansokan-ifylld");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka in ansökan")).click();
		partner.check("ansokan-inlamnad");
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Ansökan är inlämnad.");
		assertThat(page.locator("h1")).hasText("Ansökan: " + title);
		assertThat(page.locator("[data-status]")).hasText("Inlämnad");
		assertThat(page.locator("main")).containsText(YEAR + ": 200 000 kr");
		String id = page.url().substring(page.url().lastIndexOf('/') + 1);
		partner.visit("/ansokningar", "mina-ansokningar");
		assertThat(partner.page.locator("main table")).containsText(title);
		return id;
	}

	/** Registration, the preparation group's assessment and the proposal. */
	private static void prepare(Browser.User executive, String title) {
		Page page = executive.visit("/arenden", "inkorg");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		executive.check("arende");
		page.getByLabel("Diarienummer", EXACT).fill(YEAR + "/21");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Diarieför")).click();
		executive.check("diarieford");
		assertThat(page.locator("[data-status]")).hasText("Diarieförd");
		page.getByLabel("Bedömning", EXACT).fill("Väl förankrad hos parterna.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara bedömningen")).click();
		executive.check("bedomd");
		assertThat(page.locator("[data-status]")).hasText("Bedömd av beredningsgruppen");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara förslaget")).click();
		executive.check("forslag");
		assertThat(page.locator("[data-status]")).hasText("Förslag till beslut");
	}

	/** The meeting: called, attendance as people arrive, the item decided by vote. */
	private static String decideInMeetingMode(Browser.User executive, String title) {
		Page page = executive.visit("/sammantraden", "sammantraden");
		page.getByLabel("Datum", EXACT).fill(TODAY.toString());
		page.getByLabel("Plats", EXACT).fill("Kommunhuset, Forshaga");
		page.getByLabel("Ordförande", EXACT).selectOption("Anna Andersson");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kalla till sammanträde")).click();
		executive.check("mote");
		String meeting = page.url().replaceAll(".*/sammantraden/([^/#?]+).*", "$1");
		Locator quorum = page.locator("[data-quorum]");
		assertThat(quorum).containsText("Inte beslutfört");
		attend(executive, "Anna Andersson");
		attend(executive, "Carl Carlsson");
		assertThat(quorum).containsText("Inte beslutfört: 2 röstberättigade av 4 platser");
		attend(executive, "Eva Ek");
		assertThat(quorum).containsText("Beslutfört: 3 röstberättigade av 4 platser");
		executive.check("beslutfort");

		page.getByLabel("Ansökan med förslag till beslut")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(title + " (200 000 kr)"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg på dagordningen")).click();
		executive.check("dagordning");
		Locator item = page.locator("#item1");
		assertThat(item.locator("h3")).hasText("§ 1 Ansökan om fria medel: " + title);
		item.getByLabel("Röst för Anna Andersson").selectOption("YES");
		item.getByLabel("Röst för Carl Carlsson").selectOption("YES");
		item.getByLabel("Röst för Eva Ek").selectOption("NO");
		item.getByLabel("Reservation: Eva Ek").check();
		item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Protokollför beslutet i § 1")).click();
		executive.check("beslut");
		assertThat(page.locator("#item1 [data-outcome]")).containsText("Beslutat");
		assertThat(page.locator("#item1 [data-outcome]")).containsText("200 000 kr");
		assertThat(page.locator("#item1")).containsText("Röster: 2 ja, 1 nej, 0 avstår.");
		return meeting;
	}

	private static void attend(Browser.User executive, String person) {
		executive.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Närvarande: " + person)).click();
		executive.page.waitForLoadState();
		assertThat(executive.page.locator("tr[data-person='" + person + "']")).containsText("Närvarande");
	}

	/**
	 * The checker appointed; chair and checker sign; the minutes are adjusted and locked.
	 */
	private static void adjustMinutes(Browser.User executive) {
		Page page = executive.page;
		page.getByLabel("Utse justerare").selectOption("Eva Ek");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Utse justerare")).click();
		executive.check("justerare");
		sign(executive, "Anna Andersson", "CHAIR");
		sign(executive, "Eva Ek", "CHECKER");
		executive.check("justerat");
		assertThat(page.locator("[data-minutes]")).hasText("Protokollet justerades " + TODAY + " och är låst.");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signera"))).hasCount(0);
	}

	private static void sign(Browser.User executive, String signer, String role) {
		executive.page.getByLabel("Vem signerar").selectOption(signer);
		executive.page.getByLabel("I egenskap av").selectOption(role);
		executive.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signera")).click();
		executive.page.waitForLoadState();
	}

}
