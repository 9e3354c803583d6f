package se.finsam.web.intervention;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.finsam.web.Workspace;
import se.finsam.web.api.ApiClient;

/** The partner's funded interventions: theirs as project owner, with reports due. */
@Controller
class InterventionPages {

	private final ApiClient api;

	private final Workspace workspace;

	InterventionPages(ApiClient api, Workspace workspace) {
		this.api = api;
		this.workspace = workspace;
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
					.filter((entry) -> !this.workspace.user().has("PARTNER")
							|| organisation.equals(entry.path("owner").path("organisationNumber").asText()))
					.toList();
		model.addAttribute("rows", own);
		return "intervention/list";
	}

}
