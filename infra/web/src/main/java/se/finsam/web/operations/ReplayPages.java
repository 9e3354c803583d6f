package se.finsam.web.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import se.finsam.web.api.Answer;
import se.finsam.web.api.ApiClient;
import se.finsam.web.api.ApiException;

/**
 * Operations: every view's processor, and rebuilding a view from the events with its
 * progress shown until the rebuilt state has been compared with the one it replaced.
 */
@Controller
class ReplayPages {

	private final ApiClient api;

	ReplayPages(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/drift")
	String projections(Model model) {
		model.addAttribute("projections", this.api.get("/api/admin/projections").path("projections"));
		return "operations/projections";
	}

	@PostMapping("/drift/{name}/ombyggnad")
	String replay(@PathVariable String name) {
		Answer answer = this.api.send("POST", "/api/admin/projections/" + name + "/replay", null);
		if (!answer.accepted()) {
			throw new ApiException(answer.status(), answer.summary(), answer.body());
		}
		return "redirect:/drift/ombyggnader/" + answer.text("id");
	}

	@GetMapping("/drift/ombyggnader/{id}")
	String progress(@PathVariable String id, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("replay", this.api.get("/api/admin/replays/" + id));
		model.addAttribute("state", state(this.api.get("/api/admin/replays/" + id)));
		return "operations/replay";
	}

	/** The progress as the page's script follows it. */
	@GetMapping(path = "/drift/ombyggnader/{id}/forlopp", produces = "application/json")
	@ResponseBody
	Map<String, Object> progressJson(@PathVariable String id) {
		return state(this.api.get("/api/admin/replays/" + id));
	}

	static Map<String, Object> state(JsonNode replay) {
		boolean finished = !replay.path("finishedAt").isNull() && !replay.path("finishedAt").isMissingNode();
		int percent = replay.path("progressPercent").asInt();
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("done", percent);
		state.put("total", 100);
		state.put("finished", finished);
		String text = finished
				? ((replay.path("identical").asBoolean()) ? "Klar: vyn är ombyggd och identisk med den den ersatte."
						: "Klar: vyn är ombyggd men skiljer sig från den den ersatte (se kontrollsummorna).")
				: "Pågår: " + percent + " % av händelserna är inlästa.";
		state.put("text", text);
		return state;
	}

}
