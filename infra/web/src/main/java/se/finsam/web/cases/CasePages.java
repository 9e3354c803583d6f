package se.finsam.web.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.finsam.web.FormErrors;
import se.finsam.web.Landing;
import se.finsam.web.Roles;
import se.finsam.web.Workspace;
import se.finsam.web.api.AggregateEvents;
import se.finsam.web.api.Answer;
import se.finsam.web.api.ApiClient;
import se.finsam.web.api.ApiException;

/**
 * The inbox of applications and one case's preparation: registration in the diary (the
 * executive), the preparation group's assessment (the group or the executive), the
 * proposal to the board (the executive).
 */
@Controller
class CasePages {

	/** The states in which a case still waits for the executive or the board. */
	private static final Set<String> OPEN = Set.of("SUBMITTED", "REGISTERED", "ASSESSED", "PROPOSED", "ON_AGENDA",
			"DEFERRED");

	private final ApiClient api;

	private final AggregateEvents events;

	private final Workspace workspace;

	private final Landing landing;

	CasePages(ApiClient api, AggregateEvents events, Workspace workspace, Landing landing) {
		this.api = api;
		this.events = events;
		this.workspace = workspace;
		this.landing = landing;
	}

	@GetMapping("/arenden")
	String inbox(@RequestParam(required = false) String per, Model model) {
		String association = this.workspace.requireAssociation().id();
		List<JsonNode> open = new ArrayList<>();
		List<JsonNode> closed = new ArrayList<>();
		this.api
			.get("/api/associations/" + association + "/applications" + ApiClient.query(Map.of("asOf", orEmpty(per))))
			.path("rows")
			.forEach((row) -> (OPEN.contains(row.path("status").asText()) ? open : closed).add(row));
		model.addAttribute("open", open);
		model.addAttribute("closed", closed);
		model.addAttribute("per", per);
		return "cases/inbox";
	}

	@GetMapping("/arenden/{id}")
	String show(@PathVariable String id, Model model) {
		String association = this.workspace.requireAssociation().id();
		AggregateEvents.History history = this.events.of(association, id);
		if (!history.exists()) {
			throw new ApiException(404, "Ärendet finns inte", null);
		}
		model.addAttribute("id", id);
		// The preparation group records its assessment; registration and the proposal are
		// the executive's.
		model.addAttribute("office", this.workspace.user().hasAny(Roles.CASE_OFFICE));
		model.addAttribute("history", history);
		model.addAttribute("content",
				history.latest("ApplicationAmended", "ApplicationSubmitted").orElseThrow().path("content"));
		model.addAttribute("assessment", history.latest("ApplicationAssessed").orElse(null));
		model.addAttribute("proposal", history.latest("DecisionProposed").orElse(null));
		model.addAttribute("registered", history.latest("ApplicationRegistered").orElse(null));
		for (JsonNode row : this.api.get("/api/associations/" + association + "/applications").path("rows")) {
			if (id.equals(row.path("applicationId").asText())) {
				model.addAttribute("row", row);
			}
		}
		return "cases/show";
	}

	@PostMapping("/arenden/{id}/diarieforing")
	String register(@PathVariable String id, @RequestParam String diaryNumber, Model model,
			RedirectAttributes redirect) {
		return command(id, "registration", Map.of("diaryNumber", diaryNumber), "Ansökan är diarieförd.", model,
				redirect);
	}

	@PostMapping("/arenden/{id}/bedomning")
	String assess(@PathVariable String id, @RequestParam String assessment, @RequestParam String recommendation,
			@RequestParam(required = false) Long recommended, @RequestParam(required = false) Integer year, Model model,
			RedirectAttributes redirect) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("assessment", assessment);
		body.put("recommendation", recommendation);
		body.put("recommended", amounts(year, recommended));
		return command(id, "assessment", body, "Beredningsgruppens bedömning är sparad.", model, redirect);
	}

	@PostMapping("/arenden/{id}/forslag")
	String propose(@PathVariable String id, @RequestParam String outcome, @RequestParam(required = false) Long amount,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String conditions,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("outcome", outcome);
		body.put("amounts", amounts(year, amount));
		body.put("conditions", conditions);
		body.put("reason", reason);
		return command(id, "proposal", body, "Förslaget till beslut är sparat.", model, redirect);
	}

	private String command(String id, String action, Map<String, Object> body, String notice, Model model,
			RedirectAttributes redirect) {
		String association = this.workspace.requireAssociation().id();
		Map<String, Object> withVersion = new LinkedHashMap<>(body);
		withVersion.put("expectedVersion", this.events.of(association, id).version());
		Answer answer = this.api.send("POST", "/api/applications/" + id + "/" + action, withVersion);
		if (!answer.accepted()) {
			model.addAttribute(action + "Errors", FormErrors.of(answer, CasePages::fieldOf));
			return show(id, model);
		}
		return this.landing.after(association, id, answer.version(), "/arenden/" + id, notice, redirect);
	}

	/** The API's field paths → the preparation forms' fields. */
	static String fieldOf(String path) {
		if (path.startsWith("recommended") || path.startsWith("amounts")) {
			return path.startsWith("recommended") ? "recommended" : "amount";
		}
		return switch (path) {
			case "diaryNumber", "assessment", "recommendation", "outcome", "conditions", "reason" -> path;
			default -> "";
		};
	}

	private static List<Map<String, Object>> amounts(Integer year, Long amount) {
		return (year == null || amount == null) ? List.of() : List.of(Map.of("year", year, "amount", amount));
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
