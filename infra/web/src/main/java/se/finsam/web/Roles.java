package se.finsam.web;

import java.util.ArrayList;
import java.util.List;

import se.finsam.web.api.ApiCredentials.ApiUser;

/**
 * The roles' Swedish names, which roles may open which pages ({@code WebSecurity} reads
 * the groups below), and the menu each user group sees. Both follow what the access
 * matrix lets each role read and do, so that no menu leads to a page the APIs would
 * refuse. The administrator may open the executive's pages, as before.
 */
public final class Roles {

	/** The inbox and one case's preparation: the executive and the preparation group. */
	public static final String[] CASES = { "EXECUTIVE", "ADMIN", "PREPARATION_GROUP" };

	/** Registration and the proposal to the board: the executive only. */
	public static final String[] CASE_OFFICE = { "EXECUTIVE", "ADMIN" };

	/**
	 * The meetings, meeting mode and the minutes; board members and the chair read them
	 * and act only where the API lets them (their own conflicts of interest, signing).
	 */
	public static final String[] MEETINGS = { "EXECUTIVE", "ADMIN", "BOARD_MEMBER", "CHAIR" };

	/**
	 * Running the meeting: calling it, attendance, agenda, decisions, deferral, checker.
	 */
	public static final String[] MEETING_OFFICE = { "EXECUTIVE", "ADMIN" };

	/** The activity plan and the dashboard. */
	public static final String[] PLAN = { "EXECUTIVE", "ADMIN", "AUDITOR", "BOARD_MEMBER", "CHAIR" };

	/** Interventions, their reports due and the report form. */
	public static final String[] INTERVENTIONS = { "PARTNER", "PROJECT_OWNER", "EXECUTIVE", "ADMIN" };

	/** Filing an intervention's report. */
	public static final String[] REPORTING = { "PROJECT_OWNER", "EXECUTIVE", "ADMIN" };

	private Roles() {
	}

	public static String name(String role) {
		return switch (role) {
			case "PARTNER" -> "part";
			case "EXECUTIVE" -> "kansli";
			case "AUDITOR" -> "revisor";
			case "ADMIN" -> "administratör";
			case "PREPARATION_GROUP" -> "beredningsgrupp";
			case "BOARD_MEMBER" -> "ledamot";
			case "CHAIR" -> "ordförande";
			case "PROJECT_OWNER" -> "projektägare";
			default -> role.toLowerCase(java.util.Locale.ROOT);
		};
	}

	/** The main menu, in the order a user group works. */
	public static List<Link> menu(ApiUser user) {
		List<Link> links = new ArrayList<>();
		links.add(new Link("/", "Start"));
		if (user.has("PARTNER")) {
			links.add(new Link("/ansokningar", "Mina ansökningar"));
			links.add(new Link("/ansokningar/ny", "Ny ansökan"));
		}
		if (user.has("PROJECT_OWNER")) {
			links.add(new Link("/insatser", "Insatser"));
		}
		if (user.has("EXECUTIVE") || user.has("PREPARATION_GROUP")) {
			links.add(new Link("/arenden", "Inkorg"));
		}
		if (user.hasAny("EXECUTIVE", "BOARD_MEMBER", "CHAIR")) {
			links.add(new Link("/sammantraden", "Sammanträden"));
		}
		if (user.hasAny("EXECUTIVE", "AUDITOR", "BOARD_MEMBER", "CHAIR")) {
			links.add(new Link("/plan", "Verksamhetsplan"));
			links.add(new Link("/oversikt", "Översikt"));
		}
		if (user.has("AUDITOR")) {
			links.add(new Link("/granskning/handelselogg", "Händelselogg"));
			links.add(new Link("/granskning/internkontroll", "Intern kontroll"));
			links.add(new Link("/granskning/verifiering", "Verifiering"));
		}
		if (user.has("ADMIN")) {
			links.add(new Link("/drift", "Drift"));
		}
		links.add(new Link("/forbund", "Förbund"));
		return links;
	}

	/** A menu entry. */
	public record Link(String href, String text) {
	}

}
