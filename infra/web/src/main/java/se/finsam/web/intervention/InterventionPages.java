package se.finsam.web.intervention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.finsam.web.FormErrors;
import se.finsam.web.Landing;
import se.finsam.web.Roles;
import se.finsam.web.Workspace;
import se.finsam.web.api.Answer;
import se.finsam.web.api.ApiClient;

/**
 * Funded interventions: the project owner's own, with the reports due, one intervention's
 * money, goals and reports, and the report form (participants and outcomes as counts by
 * legal gender only: the product never identifies a participant).
 */
@Controller
class InterventionPages {

	private static final String[] GENDERS = { "WOMAN", "MAN" };

	private final ApiClient api;

	private final Workspace workspace;

	private final Landing landing;

	InterventionPages(ApiClient api, Workspace workspace, Landing landing) {
		this.api = api;
		this.workspace = workspace;
		this.landing = landing;
	}

	@GetMapping("/insatser")
	String list(Model model) {
		String association = this.workspace.requireAssociation().id();
		String organisation = this.workspace.user().organisation();
		JsonNode all = this.api.find("/api/associations/" + association + "/interventions")
			.map((register) -> register.path("interventions"))
			.orElse(null);
		List<JsonNode> own = (all == null) ? List.of()
				: StreamSupport.stream(all.spliterator(), false)
					.filter((entry) -> !this.workspace.user().hasAny("PARTNER", "PROJECT_OWNER")
							|| organisation.equals(entry.path("owner").path("organisationNumber").asText()))
					.toList();
		model.addAttribute("rows", own);
		return "intervention/list";
	}

	@GetMapping("/insatser/{id}")
	String show(@PathVariable String id, Model model) {
		this.workspace.requireAssociation();
		model.addAttribute("id", id);
		model.addAttribute("intervention", this.api.get("/api/interventions/" + id));
		model.addAttribute("reporting", this.workspace.user().hasAny(Roles.REPORTING));
		return "intervention/show";
	}

	@PostMapping("/insatser/{id}/rapporter")
	String report(@PathVariable String id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		String association = this.workspace.requireAssociation().id();
		Answer answer = this.api.send("POST", "/api/interventions/" + id + "/reports", body(form));
		if (!answer.accepted()) {
			model.addAttribute("errors", FormErrors.of(answer, InterventionPages::fieldOf));
			return show(id, model);
		}
		return this.landing.after(association, id, answer.version(), "/insatser/" + id, "Rapporten är inlämnad.",
				redirect);
	}

	/**
	 * The report as the command API takes it, from the form's counts per legal gender.
	 */
	static Map<String, Object> body(MultiValueMap<String, String> form) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("periodStart", blankToNull(form.getFirst("periodStart")));
		body.put("periodEnd", blankToNull(form.getFirst("periodEnd")));
		body.put("costsToDate", blankToNull(form.getFirst("costsToDate")));
		List<Map<String, Object>> participants = new ArrayList<>();
		List<Map<String, Object>> outcomes = new ArrayList<>();
		for (String gender : GENDERS) {
			participants.add(Map.of("gender", gender, "ageBand", form.getFirst("ageBand"), "newCount",
					count(form, "new" + gender), "activeCount", count(form, "active" + gender), "endedCount",
					count(form, "ended" + gender)));
			for (String outcome : new String[] { "WORK", "STUDIES" }) {
				int count = count(form, outcome + gender);
				if (count > 0) {
					outcomes.add(Map.of("gender", gender, "outcome", outcome, "count", count));
				}
			}
		}
		body.put("participants", participants);
		body.put("outcomes", outcomes);
		body.put("narrative", form.getFirst("narrative"));
		return body;
	}

	/** The API's field paths → the report form's fields. */
	static String fieldOf(String path) {
		if (path.startsWith("periodStart") || path.startsWith("periodEnd") || path.startsWith("costsToDate")
				|| path.startsWith("narrative")) {
			return path.replaceAll("\\W.*", "");
		}
		return "";
	}

	private static int count(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		try {
			return (value == null || value.isBlank()) ? 0 : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
