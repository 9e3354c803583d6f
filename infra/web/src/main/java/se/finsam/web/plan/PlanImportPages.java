package se.finsam.web.plan;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import se.finsam.web.FormErrors;
import se.finsam.web.Workspace;
import se.finsam.web.api.Answer;
import se.finsam.web.api.ApiClient;

/**
 * Loading a plan file (docs/plan-file-format.md) as the association's draft. The steps:
 * the file is read here, checked and saved by the command API in one command, and then
 * the page follows the plan view until it shows the plan, as the view rebuild page does.
 * A file the API refuses is shown again with its Swedish errors beside the field.
 */
@Controller
class PlanImportPages {

	/** Read, checked, saved, visible in the plan view. */
	private static final int STEPS = 4;

	private static final String FIELD = "fil";

	private final ApiClient api;

	private final Workspace workspace;

	PlanImportPages(ApiClient api, Workspace workspace) {
		this.api = api;
		this.workspace = workspace;
	}

	@GetMapping("/plan/inlasning")
	String form() {
		return "plan/import";
	}

	@PostMapping("/plan/inlasning")
	String load(@RequestParam(name = FIELD, required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			String message = "Välj planfilen (YAML) som ska läsas in.";
			model.addAttribute("errors", new FormErrors("Ingen fil vald", Map.of(FIELD, List.of(message)),
					List.of(new FormErrors.Entry(FIELD, message))));
			return "plan/import";
		}
		Answer answer = this.api.sendFile(
				"/api/associations/" + this.workspace.requireAssociation().id() + "/plans/import", "application/yaml",
				file.getBytes());
		if (!answer.accepted()) {
			model.addAttribute("fileName", file.getOriginalFilename());
			model.addAttribute("errors", FormErrors.of(answer, (path) -> FIELD));
			return "plan/import";
		}
		return "redirect:/plan/inlasning/" + answer.text("planId") + "?version=" + answer.version();
	}

	@GetMapping("/plan/inlasning/{planId}")
	String progress(@PathVariable String planId, @RequestParam long version, HttpServletRequest request, Model model) {
		model.addAttribute("planId", planId);
		model.addAttribute("version", version);
		model.addAttribute("state", state(planId, version, request.getContextPath()));
		return "plan/import-progress";
	}

	/** How far the plan view has come, as the page's script follows it. */
	@GetMapping(path = "/plan/inlasning/{planId}/forlopp", produces = "application/json")
	@ResponseBody
	Map<String, Object> progressJson(@PathVariable String planId, @RequestParam long version,
			HttpServletRequest request) {
		return state(planId, version, request.getContextPath());
	}

	private Map<String, Object> state(String planId, long version, String contextPath) {
		Optional<JsonNode> plan = this.api.find("/api/plans/" + planId)
			.filter((view) -> view.path("version").asLong(-1) >= version);
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("done", plan.isPresent() ? STEPS : STEPS - 1);
		state.put("total", STEPS);
		state.put("finished", plan.isPresent());
		plan.ifPresent((view) -> {
			int year = view.path("year").asInt();
			state.put("text", "Klar: planen för " + year + " syns i planvyn.");
			state.put("doneUrl", contextPath + "/plan?ar=" + year);
		});
		if (plan.isEmpty()) {
			state.put("text", "Planen är sparad och läggs nu in i planvyn …");
		}
		return state;
	}

}
