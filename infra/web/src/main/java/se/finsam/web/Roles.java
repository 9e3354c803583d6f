package se.finsam.web;

import java.util.ArrayList;
import java.util.List;

import se.finsam.web.api.ApiCredentials.ApiUser;

/** The roles' Swedish names and the menu each user group sees. */
public final class Roles {

	private Roles() {
	}

	public static String name(String role) {
		return switch (role) {
			case "PARTNER" -> "part";
			case "EXECUTIVE" -> "kansli";
			case "AUDITOR" -> "revisor";
			case "ADMIN" -> "administratör";
			case "BOARD" -> "styrelse";
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
			links.add(new Link("/insatser", "Insatser"));
		}
		if (user.has("EXECUTIVE")) {
			links.add(new Link("/arenden", "Inkorg"));
			links.add(new Link("/sammantraden", "Sammanträden"));
		}
		if (user.has("EXECUTIVE") || user.has("AUDITOR")) {
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
