package se.finsam.web.application;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.finsam.web.FormErrors;
import se.finsam.web.Landing;
import se.finsam.web.Workspace;
import se.finsam.web.api.AggregateEvents;
import se.finsam.web.api.Answer;
import se.finsam.web.api.ApiClient;

/**
 * The partner's pages: their organisation's applications, filing one on a form that
 * explains and checks its rules, amending and withdrawing before the decision.
 */
@Controller
class ApplicationPages {

	private final ApiClient api;

	private final AggregateEvents events;

	private final Workspace workspace;

	private final Landing landing;

	ApplicationPages(ApiClient api, AggregateEvents events, Workspace workspace, Landing landing) {
		this.api = api;
		this.events = events;
		this.workspace = workspace;
		this.landing = landing;
	}

	@GetMapping("/ansokningar")
	String list(@RequestParam(required = false) String per, Model model) {
		String association = this.workspace.requireAssociation().id();
		String organisation = this.workspace.user().organisation();
		JsonNode rows = this.api
			.get("/api/associations/" + association + "/applications" + ApiClient.query(Map.of("asOf", orEmpty(per))))
			.path("rows");
		model.addAttribute("rows",
				java.util.stream.StreamSupport.stream(rows.spliterator(), false)
					.filter((row) -> organisation.equals(row.path("applicant").asText())
							|| organisation.equals(row.path("owner").asText()))
					.toList());
		model.addAttribute("per", per);
		return "application/list";
	}

	@GetMapping("/ansokningar/ny")
	String blank(Model model) {
		ApplicationForm form = new ApplicationForm();
		form.setOwner(this.workspace.user().organisation());
		return form(model, form, null, null);
	}

	@PostMapping("/ansokningar")
	String submit(@ModelAttribute("form") ApplicationForm form, Model model, RedirectAttributes redirect) {
		String association = this.workspace.requireAssociation().id();
		Answer answer = this.api.send("POST", "/api/applications", Map.of("associationId", association, "applicant",
				this.workspace.user().organisation(), "content", form.toContent()));
		if (!answer.accepted()) {
			return form(model, form, null, FormErrors.of(answer, ApplicationForm::fieldOf));
		}
		String id = answer.text("applicationId");
		return this.landing.after(association, id, answer.version(), "/ansokningar/" + id, "Ansökan är inlämnad.",
				redirect);
	}

	@GetMapping("/ansokningar/{id}")
	String show(@PathVariable String id, Model model) {
		String association = this.workspace.requireAssociation().id();
		AggregateEvents.History history = this.events.of(association, id);
		if (!history.exists()) {
			throw new se.finsam.web.api.ApiException(404, "Ansökan finns inte", null);
		}
		model.addAttribute("id", id);
		model.addAttribute("history", history);
		model.addAttribute("content",
				history.latest("ApplicationAmended", "ApplicationSubmitted")
					.map((data) -> data.path("content"))
					.orElseThrow());
		model.addAttribute("row", row(association, id));
		model.addAttribute("members", members(association));
		return "application/show";
	}

	@GetMapping("/ansokningar/{id}/andra")
	String amendForm(@PathVariable String id, Model model) {
		AggregateEvents.History history = this.events.of(this.workspace.requireAssociation().id(), id);
		JsonNode content = history.latest("ApplicationAmended", "ApplicationSubmitted").orElseThrow().path("content");
		return form(model, ApplicationForm.of(content), id, null);
	}

	@PostMapping("/ansokningar/{id}/andra")
	String amend(@PathVariable String id, @ModelAttribute("form") ApplicationForm form, Model model,
			RedirectAttributes redirect) {
		String association = this.workspace.requireAssociation().id();
		long version = this.events.of(association, id).version();
		Answer answer = this.api.send("PUT", "/api/applications/" + id,
				Map.of("expectedVersion", version, "content", form.toContent()));
		if (!answer.accepted()) {
			return form(model, form, id, FormErrors.of(answer, ApplicationForm::fieldOf));
		}
		return this.landing.after(association, id, answer.version(), "/ansokningar/" + id, "Ansökan är ändrad.",
				redirect);
	}

	@PostMapping("/ansokningar/{id}/aterkalla")
	String withdraw(@PathVariable String id, @RequestParam String reason, Model model, RedirectAttributes redirect) {
		String association = this.workspace.requireAssociation().id();
		long version = this.events.of(association, id).version();
		Answer answer = this.api.send("POST", "/api/applications/" + id + "/withdrawal",
				Map.of("expectedVersion", version, "reason", reason));
		if (!answer.accepted()) {
			model.addAttribute("withdrawErrors", FormErrors.of(answer, (path) -> "reason"));
			return show(id, model);
		}
		return this.landing.after(association, id, answer.version(), "/ansokningar/" + id, "Ansökan är återkallad.",
				redirect);
	}

	private String form(Model model, ApplicationForm form, String id, FormErrors errors) {
		String association = this.workspace.requireAssociation().id();
		JsonNode details = this.api.get("/api/associations/" + association);
		model.addAttribute("form", form);
		model.addAttribute("id", id);
		model.addAttribute("errors", errors);
		model.addAttribute("members", details.path("members"));
		JsonNode charter = details.path("charter");
		model.addAttribute("rules", charter.isEmpty() ? null : charter.get(charter.size() - 1).path("rules"));
		return "application/form";
	}

	private JsonNode row(String association, String id) {
		for (JsonNode row : this.api.get("/api/associations/" + association + "/applications").path("rows")) {
			if (id.equals(row.path("applicationId").asText())) {
				return row;
			}
		}
		return null;
	}

	private JsonNode members(String association) {
		return this.api.get("/api/associations/" + association).path("members");
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
