package se.finsam.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.finsam.local.Cases.Meeting;
import se.finsam.local.SharedStack.Response;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.finsam.local.Cases.TODAY;
import static se.finsam.local.Cases.YEAR;
import static se.finsam.local.Cases.approve;
import static se.finsam.local.Cases.vote;

/**
 * The user groups beyond partner, executive and auditor, each as its demo user in a real
 * browser: the preparation group records its assessment of a case; a board member reads
 * the meeting and declares their own conflict of interest and nothing else; the chair
 * signs the minutes as chair; a project owner finds their organisation's intervention
 * with its report due and files the report. Each follows its own menu to every page on
 * it, and is refused a page of another group. Every page is scanned for accessibility and
 * kept as a screenshot.
 */
class WebRolesIT {

	/** Hagfors kommun: the demo chair and a demo project owner act for it. */
	private static final String HAGFORS = "212000-9135";

	private static final String CHAIR = "Ingrid Isaksson";

	private static Browser browser;

	private static String association;

	@BeforeAll
	static void associationWhereTheDemoUsersAct() {
		association = Cases.associationWithBudget(1_000_000, RoleUsers.HOME,
				Cases.member("Hagfors kommun", "MUNICIPALITY", HAGFORS), Cases.seat(HAGFORS, CHAIR, "Jon Jonsson"));
		browser = new Browser(WebRolesIT.class);
	}

	@AfterAll
	static void closeBrowser() {
		browser.close();
	}

	@Test
	void preparationGroupRecordsItsAssessment() {
		String application = registeredApplication("Bron", 120_000);
		try (Browser.User group = browser.login("beredning")) {
			group.choose(association);
			assertThat(group.page.locator("main")).containsText("Beredningsgruppen");
			menu(group, "Start", "Inkorg", "Förbund");
			Page page = follow(group, "Inkorg", "inkorg");
			awaitLink(group, "/arenden/" + application).click();
			group.check("arende");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Diarieför"))).hasCount(0);
			page.getByLabel("Bedömning", new Page.GetByLabelOptions().setExact(true))
				.fill("Väl förankrad; målgruppen saknar stöd i dag.");
			page.getByLabel("Rekommendation").selectOption("APPROVE_REDUCED");
			page.getByLabel("Rekommenderat belopp för " + YEAR + " (kr)").fill("100000");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara bedömningen")).click();
			group.check("bedomd");
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Beredningsgruppens bedömning är sparad.");
			assertThat(page.locator("dl.facts")).containsText("Väl förankrad; målgruppen saknar stöd i dag.");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara förslaget")))
				.hasCount(0);
			refused(group, "/sammantraden", "/insatser", "/plan");
		}
	}

	@Test
	void boardMemberReadsTheMeetingAndDeclaresTheirOwnConflict() {
		String application = Cases.preparedApplication(association, "Steget", 90_000);
		Meeting meeting = quorateMeeting();
		meeting.agenda("Ansökan om fria medel: Steget", "GRANT", application);
		try (Browser.User member = browser.login("ledamot-fk")) {
			member.choose(association);
			assertThat(member.page.locator("main")).containsText("Styrelsen");
			menu(member, "Start", "Sammanträden", "Verksamhetsplan", "Översikt", "Förbund");
			Page page = follow(member, "Sammanträden", "sammantraden");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kalla till sammanträde")))
				.hasCount(0);
			awaitLink(member, "/sammantraden/" + meeting.id).click();
			member.check("mote");
			assertThat(page.locator("[data-quorum]")).containsText("Beslutfört: 4 röstberättigade av 5 platser");
			assertThat(page.locator("#item1")).containsText("Förslag till beslut: Bevilja 90 000 kr");
			assertThat(
					page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Närvarande: Anna Andersson")))
				.hasCount(0);
			assertThat(
					page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Protokollför beslutet i § 1")))
				.hasCount(0);
			Locator item = page.locator("#item1");
			assertThat(item.getByLabel("Jävig ledamot").locator("option")).hasText(new String[] { "Anna Andersson" });
			item.getByLabel("Skäl", new Locator.GetByLabelOptions().setExact(true))
				.fill("Styrelseledamot hos huvudmannen");
			item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Anmäl jäv")).click();
			member.check("jav");
			assertThat(page.locator("#item1")).containsText("Jäv: Anna Andersson (Styrelseledamot hos huvudmannen)");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmäl jäv"))).hasCount(0);
			assertThat(page.locator("#minutes form")).hasCount(0);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Protokoll").setExact(true)).click();
			member.check("protokoll");
			follow(member, "Verksamhetsplan", "plan");
			follow(member, "Översikt", "oversikt");
			refused(member, "/arenden", "/insatser", "/granskning/handelselogg");
		}
	}

	@Test
	void chairSignsTheMinutesAsChair() {
		Meeting meeting = quorateMeeting();
		int item = meeting.agenda("Information från förbundschefen", "OTHER", null);
		meeting.ok("POST", "/items/" + item + "/decision", Map.of("resolution", "Informationen noteras."));
		meeting.ok("PUT", "/checker", Map.of("person", "Anna Andersson"));
		meeting.ok("POST", "/minutes/signatures", Map.of("signer", "Anna Andersson", "role", "CHECKER"));
		try (Browser.User chair = browser.login("ordforande")) {
			chair.choose(association);
			assertThat(chair.page.locator("main")).containsText("Ordföranden");
			menu(chair, "Start", "Sammanträden", "Verksamhetsplan", "Översikt", "Förbund");
			Page page = follow(chair, "Sammanträden", "sammantraden");
			awaitLink(chair, "/sammantraden/" + meeting.id).click();
			chair.check("mote");
			assertThat(page.locator("[data-minutes]")).hasText("Protokollet är inte justerat.");
			assertThat(page.locator("#minutes form")).hasCount(1);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signera som ordförande: " + CHAIR))
				.click();
			chair.check("signerat");
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Protokollet är signerat av " + CHAIR);
			assertThat(page.locator("[data-minutes]"))
				.containsText("Protokollet justerades " + TODAY + " och är låst.");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Protokoll").setExact(true)).click();
			chair.check("protokoll");
			assertThat(page.locator("main")).containsText(CHAIR);
			follow(chair, "Verksamhetsplan", "plan");
			follow(chair, "Översikt", "oversikt");
			refused(chair, "/arenden", "/drift");
		}
	}

	@Test
	void projectOwnerFilesTheReportDue() {
		String intervention = grantedIntervention("Vägen", 80_000);
		Response schedule = SharedStack.send("PUT", "/api/interventions/" + intervention + "/report-schedule", "kansli",
				Map.of("expectedVersion", 0, "dues", List.of(Map.of("due", TODAY.plusDays(30).toString(), "periodEnd",
						TODAY.toString(), "kind", "BOARD_MEETING"))));
		org.assertj.core.api.Assertions.assertThat(schedule.status()).as("%s", schedule).isEqualTo(200);
		try (Browser.User owner = browser.login("projektagare-hagfors")) {
			owner.choose(association);
			assertThat(owner.page.locator("main")).containsText("Som projektägare");
			menu(owner, "Start", "Insatser", "Förbund");
			Page page = follow(owner, "Insatser", "insatser");
			awaitLink(owner, "/insatser/" + intervention).click();
			owner.check("insats");
			assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Rapporter som ska lämnas")))
				.containsText(TODAY.plusDays(30).toString());
			page.getByLabel("Periodens första dag").fill(YEAR + "-01-01");
			page.getByLabel("Periodens sista dag").fill(TODAY.toString());
			page.getByLabel("Kostnader hittills (kr)").fill("30000");
			page.getByLabel("Nya, kvinnor").fill("2");
			page.getByLabel("Nya, män").fill("2");
			page.getByLabel("Aktiva, kvinnor").fill("2");
			page.getByLabel("Aktiva, män").fill("2");
			page.getByLabel("Beskrivning av perioden").fill("Fyra deltagare har börjat.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lämna rapporten")).click();
			owner.check("rapport-inlamnad");
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Rapporten är inlämnad.");
			assertThat(page.locator("[data-report]")).containsText("30 000 kr");
			refused(owner, "/ansokningar", "/arenden", "/sammantraden", "/plan");
		}
	}

	/** Submitted by Hagfors kommun and registered, waiting for the preparation group. */
	private static String registeredApplication(String title, long requested) {
		Response submitted = SharedStack.send("POST", "/api/applications", "part", Map.of("associationId", association,
				"applicant", HAGFORS, "content", Cases.content(title, requested, HAGFORS)));
		org.assertj.core.api.Assertions.assertThat(submitted.status()).as("%s", submitted).isEqualTo(201);
		String id = submitted.body().get("applicationId").asText();
		Cases.ok("/api/applications/" + id + "/registration", Map.of("expectedVersion", 0, "diaryNumber", YEAR + "/7"));
		return id;
	}

	/** Hagfors kommun's application, granted by the board: its intervention. */
	private static String grantedIntervention(String title, long amount) {
		String application = Cases.preparedApplication(association, title, amount, HAGFORS);
		Meeting meeting = quorateMeeting();
		int item = meeting.agenda("Ansökan om fria medel: " + title, "GRANT", application);
		meeting.ok("POST", "/items/" + item + "/decision", Map.of("votes", List.of(vote("Anna Andersson", "YES"),
				vote("Carl Carlsson", "YES"), vote("Eva Ek", "YES"), vote(CHAIR, "YES")), "motion", approve(amount)));
		return Cases.lastPayload(application, "ApplicationApproved").get("interventionId").asText();
	}

	/** Today's meeting, Hagfors kommun's member in the chair, four of five present. */
	private static Meeting quorateMeeting() {
		Response scheduled = SharedStack.send("POST", "/api/meetings", "kansli",
				Map.of("associationId", association, "date", TODAY.toString(), "startTime", "13:00", "place",
						"Hagfors stadshus", "chair", CHAIR, "firstItemNumber", 1));
		org.assertj.core.api.Assertions.assertThat(scheduled.status()).as("%s", scheduled).isEqualTo(201);
		Meeting meeting = Meeting.of(scheduled.body().get("meetingId").asText());
		for (String member : List.of("Anna Andersson", "Carl Carlsson", "Eva Ek", CHAIR)) {
			meeting.attend(member, "PRESENT");
		}
		return meeting;
	}

	/** The main menu holds exactly these entries. */
	private static void menu(Browser.User user, String... entries) {
		assertThat(user.page.locator("nav.menu a")).hasText(entries);
	}

	/** Follows a menu entry to its page, which must open (200) and pass the check. */
	private static Page follow(Browser.User user, String entry, String shot) {
		String href = user.page.locator("nav.menu")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(entry).setExact(true))
			.getAttribute("href");
		com.microsoft.playwright.Response response = user.page.navigate(href);
		org.assertj.core.api.Assertions.assertThat(response.status()).as("%s for %s", href, user.name).isEqualTo(200);
		user.check(shot);
		return user.page;
	}

	/** The link to a page, once the register behind the current page shows it. */
	private static Locator awaitLink(Browser.User user, String href) {
		Locator link = user.page.locator("main a[href='" + href + "']");
		SharedStack.await(href + " listed", Duration.ofSeconds(60), () -> {
			if (link.count() > 0) {
				return true;
			}
			user.page.reload();
			return false;
		});
		return link.first();
	}

	/** Pages of other user groups answer 403. */
	private static void refused(Browser.User user, String... paths) {
		for (String path : paths) {
			org.assertj.core.api.Assertions.assertThat(user.page.navigate(path).status())
				.as("%s for %s", path, user.name)
				.isEqualTo(403);
		}
		user.check("ingen-behorighet");
	}

}
