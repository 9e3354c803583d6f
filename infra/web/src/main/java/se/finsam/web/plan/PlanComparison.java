package se.finsam.web.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.finsam.web.Workspace;
import se.finsam.web.api.ApiClient;

/**
 * Two versions of a budget side by side: as adopted, as it stood after each revision's
 * meeting day, or on any day. The read API gives the plan as of a day; the adopted
 * amounts come with every view after the adoption, so "as adopted" stays exact even when
 * a revision was decided on the same day.
 */
@Controller
class PlanComparison {

	/** The version "as adopted" in the form's choices. */
	static final String ADOPTED = "antagen";

	private final ApiClient api;

	private final Workspace workspace;

	PlanComparison(ApiClient api, Workspace workspace) {
		this.api = api;
		this.workspace = workspace;
	}

	@GetMapping("/plan/jamforelse")
	String compare(@RequestParam(required = false) Integer ar, @RequestParam(required = false) String fran,
			@RequestParam(required = false) String till, Model model) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
		int year = (ar != null) ? ar : today.getYear();
		JsonNode latest = plan(year, null);
		Map<String, String> versions = versions(latest, today);
		String from = (fran != null && versions.containsKey(fran)) ? fran : versions.keySet().iterator().next();
		String to = (till != null && versions.containsKey(till)) ? till : lastOf(versions);
		model.addAttribute("year", year);
		model.addAttribute("versions", versions);
		model.addAttribute("fran", from);
		model.addAttribute("till", to);
		model.addAttribute("fromLabel", versions.get(from));
		model.addAttribute("toLabel", versions.get(to));
		model.addAttribute("diff", PlanDiff.between(version(year, latest, from), version(year, latest, to)));
		return "plan/compare";
	}

	/**
	 * The versions to choose from, oldest first: as adopted (if it is), as revised on
	 * each revision's meeting day, and today.
	 */
	static Map<String, String> versions(JsonNode plan, LocalDate today) {
		Map<String, String> versions = new LinkedHashMap<>();
		JsonNode adoption = plan.path("adoption");
		if (adoption.isObject()) {
			versions.put(ADOPTED, "Som antagen (" + adoption.path("citation").asText() + ")");
		}
		Map<String, List<String>> revisions = new LinkedHashMap<>();
		for (JsonNode revision : plan.path("revisions")) {
			revisions
				.computeIfAbsent(revision.path("decision").path("meetingDate").asText(), (day) -> new ArrayList<>())
				.add(revision.path("citation").asText());
		}
		revisions.forEach((day, citations) -> versions.put(day,
				"Som reviderad " + day + " (" + String.join(", ", citations) + ")"));
		versions.putIfAbsent(today.toString(), "I dag, " + today);
		return versions;
	}

	private PlanDiff.Version version(int year, JsonNode latest, String choice) {
		if (choice.equals(ADOPTED)) {
			return PlanDiff.Version.asAdopted(latest);
		}
		return PlanDiff.Version.asOf(plan(year, choice));
	}

	private JsonNode plan(int year, String asOf) {
		return this.api.get("/api/associations/" + this.workspace.requireAssociation().id() + "/plans/" + year
				+ ApiClient.query(Map.of("asOf", (asOf != null) ? asOf : "")));
	}

	private static String lastOf(Map<String, String> versions) {
		String last = null;
		for (String key : versions.keySet()) {
			last = key;
		}
		return last;
	}

}
