package se.finsam.web;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.finsam.web.api.ApiClient;
import se.finsam.web.api.ApiCredentials.ApiUser;

/** Login page, choosing the association, and the start page. */
@Controller
class StartController {

	private final ApiClient api;

	private final Workspace workspace;

	StartController(ApiClient api, Workspace workspace) {
		this.api = api;
		this.workspace = workspace;
	}

	@GetMapping("/logga-in")
	String login() {
		return "login";
	}

	@GetMapping("/forbund")
	String associations(Model model) {
		model.addAttribute("associations", this.api.get("/api/associations").path("rows"));
		return "associations";
	}

	@PostMapping("/forbund")
	String choose(@RequestParam String id, RedirectAttributes redirect) {
		JsonNode association = this.api.get("/api/associations/" + id);
		this.workspace.choose(
				new Workspace.Chosen(association.path("associationId").asText(), association.path("name").asText()));
		redirect.addFlashAttribute("notice", "Du arbetar nu i " + association.path("name").asText() + ".");
		return "redirect:/";
	}

	@GetMapping("/")
	String start(Model model) {
		Workspace.Chosen association = this.workspace.requireAssociation();
		String base = "/api/associations/" + association.id();
		model.addAttribute("details", this.api.get(base));
		// Only what the user's roles may read: each card counts its own register.
		ApiUser user = this.workspace.user();
		if (user.hasAny("EXECUTIVE", "PREPARATION_GROUP")) {
			model.addAttribute("applications", this.api.get(base + "/applications").path("rows"));
		}
		if (user.hasAny("EXECUTIVE", "BOARD_MEMBER", "CHAIR")) {
			model.addAttribute("meetings", this.api.get(base + "/meetings" + ApiClient.query(Map.of())).path("rows"));
		}
		return "start";
	}

}
