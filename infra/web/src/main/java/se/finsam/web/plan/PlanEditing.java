package se.finsam.web.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;
import se.finsam.web.FormErrors;
import se.finsam.web.Landing;
import se.finsam.web.Workspace;
import se.finsam.web.api.Answer;
import se.finsam.web.api.ApiClient;
import se.finsam.web.api.ReadYourWrites;

/**
 * The executive's work on a plan, through the plan commands: the draft's budget lines,
 * sending it to the members for consultation, recording the board's adoption and its
 * later revisions. Each form names the plan's version it builds on; after an accepted
 * command the page waits until the plan view shows it.
 */
@Controller
class PlanEditing {

	/** Empty rows under the lines, for lines the user adds. */
	private static final int NEW_ROWS = 3;

	private final ApiClient api;

	private final Workspace workspace;

	private final ReadYourWrites readYourWrites;

	PlanEditing(ApiClient api, Workspace workspace, ReadYourWrites readYourWrites) {
		this.api = api;
		this.workspace = workspace;
		this.readYourWrites = readYourWrites;
	}

	/**
	 * The draft form: empty (or from last year's plan) for a new draft; filled with the
	 * draft's lines while it can still be amended, that is before consultation.
	 */
	@GetMapping("/plan/utkast")
	String draftForm(@RequestParam(required = false) Integer ar, Model model) {
		int year = yearOr(ar);
		Optional<JsonNode> existing = plan(year);
		if (existing.isPresent()) {
			JsonNode plan = existing.get();
			if (!amendable(plan)) {
				return "redirect:/plan?ar=" + year;
			}
			List<BudgetRow> rows = new ArrayList<>();
			plan.path("lines").forEach((line) -> rows.add(BudgetRow.of(line, year)));
			model.addAttribute("version", plan.path("version").asLong());
			return draftPage(year, withNewRows(rows), null, model);
		}
		List<BudgetRow> rows = new ArrayList<>();
		// Last year's plan is where a new one usually starts: its lines, with the amounts
		// it already gave for the years the two plans share.
		plan(year - 1)
			.ifPresent((previous) -> previous.path("lines").forEach((line) -> rows.add(BudgetRow.of(line, year))));
		if (rows.isEmpty()) {
			for (JsonNode member : association().path("members")) {
				rows.add(BudgetRow.empty("CONTRIBUTION", member.path("organisationNumber").asText(),
						"Bidrag " + member.path("name").asText()));
			}
			rows.add(BudgetRow.empty("ADMINISTRATION", "", "Administration och kansli"));
			rows.add(BudgetRow.empty("FREE_FUNDS", "", "Fria medel"));
		}
		return draftPage(year, withNewRows(rows), null, model);
	}

	/**
	 * Saves the draft: a new one, or, when the form was opened on a draft (it names the
	 * draft's version), the draft's whole budget in its new form.
	 */
	@PostMapping("/plan/utkast")
	String draft(@RequestParam int ar, @RequestParam(required = false) Long version,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		List<BudgetRow> rows = BudgetRow.read(form);
		Set<String> codes = new HashSet<>();
		rows.stream().filter((row) -> !row.code().isBlank()).forEach((row) -> codes.add(row.code()));
		List<Map<String, Object>> lines = new ArrayList<>();
		for (BudgetRow row : rows) {
			boolean left = (version != null) ? row.emptied() : row.blank();
			if (!left) {
				lines.add(row.toLine(ar, codes, false));
			}
		}
		Map<String, Object> body = new LinkedHashMap<>();
		Answer answer;
		if (version != null) {
			body.put("expectedVersion", version);
			body.put("lines", lines);
			answer = this.api.send("PUT", "/api/plans/" + planId(ar) + "/draft", body);
		}
		else {
			body.put("associationId", associationId());
			body.put("year", ar);
			body.put("lines", lines);
			answer = this.api.send("POST", "/api/plans", body);
		}
		if (!answer.accepted()) {
			model.addAttribute("version", version);
			return draftPage(ar, rows, FormErrors.of(answer, (field) -> ""), model);
		}
		return landed(ar, answer, (version != null) ? "Ändringarna i utkastet är sparade."
				: "Utkastet till verksamhetsplan och budget " + ar + " är sparat.", redirect);
	}

	@PostMapping("/plan/samrad")
	String consultation(@RequestParam int ar, Model model, RedirectAttributes redirect) {
		JsonNode plan = requirePlan(ar);
		Answer answer = this.api.send("POST", "/api/plans/" + planId(ar) + "/consultation",
				Map.of("expectedVersion", plan.path("version").asLong()));
		if (!answer.accepted()) {
			return refused(ar, answer, redirect);
		}
		return landed(ar, answer, "Utkastet är skickat till medlemmarna för samråd.", redirect);
	}

	@PostMapping("/plan/antagande")
	String adopt(@RequestParam int ar, @RequestParam(required = false) String meetingId,
			@RequestParam(required = false) String item, Model model, RedirectAttributes redirect) {
		JsonNode plan = requirePlan(ar);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("expectedVersion", plan.path("version").asLong());
		body.put("decision", decision(meetingId, item));
		Answer answer = this.api.send("POST", "/api/plans/" + planId(ar) + "/adoption", body);
		if (!answer.accepted()) {
			return refused(ar, answer, redirect);
		}
		return landed(ar, answer, "Planen är antagen.", redirect);
	}

	@GetMapping("/plan/revidering")
	String revisionForm(@RequestParam(required = false) Integer ar, Model model) {
		int year = yearOr(ar);
		List<BudgetRow> rows = new ArrayList<>();
		requirePlan(year).path("lines").forEach((line) -> rows.add(BudgetRow.of(line, year)));
		return revisionPage(year, withNewRows(rows), Map.of(), null, model);
	}

	@PostMapping("/plan/revidering")
	String revise(@RequestParam int ar, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		JsonNode plan = requirePlan(ar);
		Map<String, BudgetRow> current = new LinkedHashMap<>();
		plan.path("lines").forEach((line) -> current.put(line.path("code").asText(), BudgetRow.of(line, ar)));
		Set<String> codes = new HashSet<>(current.keySet());
		List<BudgetRow> rows = BudgetRow.read(form);
		List<Map<String, Object>> changed = new ArrayList<>();
		for (BudgetRow row : rows) {
			BudgetRow before = current.get(row.code());
			boolean added = before == null && !row.blank();
			if (added || (before != null && row.differsFrom(before))) {
				changed.add(row.toLine(ar, codes, true));
			}
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("expectedVersion", plan.path("version").asLong());
		body.put("reason", form.getFirst("reason"));
		body.put("decision", decision(form.getFirst("meetingId"), form.getFirst("item")));
		body.put("changedLines", changed);
		Answer answer = this.api.send("POST", "/api/plans/" + planId(ar) + "/revisions", body);
		if (!answer.accepted()) {
			Map<String, String> typed = new LinkedHashMap<>();
			typed.put("reason", orEmpty(form.getFirst("reason")));
			typed.put("meetingId", orEmpty(form.getFirst("meetingId")));
			typed.put("item", orEmpty(form.getFirst("item")));
			return revisionPage(ar, rows, typed, FormErrors.of(answer, PlanEditing::revisionField), model);
		}
		return landed(ar, answer, "Revideringen av budgeten är sparad.", redirect);
	}

	private String draftPage(int year, List<BudgetRow> rows, FormErrors errors, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("rows", rows);
		model.addAttribute("members", association().path("members"));
		model.addAttribute("errors", errors);
		return "plan/draft";
	}

	private String revisionPage(int year, List<BudgetRow> rows, Map<String, String> typed, FormErrors errors,
			Model model) {
		model.addAttribute("year", year);
		model.addAttribute("rows", rows);
		model.addAttribute("members", association().path("members"));
		model.addAttribute("meetings", meetings());
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		return "plan/revision";
	}

	/**
	 * The API's field paths on the revision form's fields; line errors in the summary.
	 */
	private static String revisionField(String path) {
		if (path.equals("reason")) {
			return "reason";
		}
		if (path.startsWith("decision")) {
			return path.endsWith("item") ? "item" : "meetingId";
		}
		return "";
	}

	/**
	 * A decision reference from the meeting chosen and the § typed; the meeting's date is
	 * the register's. Missing parts are left out, so the API names what is missing.
	 */
	private Map<String, Object> decision(String meetingId, String item) {
		Map<String, Object> decision = new LinkedHashMap<>();
		if (meetingId != null && !meetingId.isBlank()) {
			decision.put("meetingId", meetingId);
			for (JsonNode meeting : meetings()) {
				if (meetingId.equals(meeting.path("meetingId").asText())) {
					decision.put("meetingDate", meeting.path("date").asText());
				}
			}
		}
		if (item != null && !item.isBlank()) {
			decision.put("item", item.strip());
		}
		return decision;
	}

	/** Refused on the plan page: the API's message at the top of the page. */
	private static String refused(int year, Answer answer, RedirectAttributes redirect) {
		redirect.addFlashAttribute("planErrors", FormErrors.of(answer, (field) -> ""));
		return "redirect:/plan?ar=" + year + "#atgarder";
	}

	private String landed(int year, Answer answer, String notice, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", notice);
		if (!this.readYourWrites.awaitPlan(planId(year), answer.version())) {
			redirect.addFlashAttribute("lagging",
					"Ändringen är sparad men syns inte här än. Ladda om sidan om en stund.");
		}
		return "redirect:/plan?ar=" + year;
	}

	private JsonNode meetings() {
		return this.api.get("/api/associations/" + associationId() + "/meetings").path("rows");
	}

	private JsonNode association() {
		return this.api.get("/api/associations/" + associationId());
	}

	private Optional<JsonNode> plan(int year) {
		return this.api.find("/api/associations/" + associationId() + "/plans/" + year);
	}

	private JsonNode requirePlan(int year) {
		return this.api.get("/api/associations/" + associationId() + "/plans/" + year);
	}

	private String planId(int year) {
		return PlanId.of(AssociationId.of(associationId()), year).toString();
	}

	private String associationId() {
		return this.workspace.requireAssociation().id();
	}

	/** A draft can be amended until it goes out for consultation. */
	private static boolean amendable(JsonNode plan) {
		return plan.path("status").asText().equals("DRAFT")
				&& (plan.path("sentForConsultationOn").isNull() || plan.path("sentForConsultationOn").isMissingNode());
	}

	private static List<BudgetRow> withNewRows(List<BudgetRow> rows) {
		List<BudgetRow> all = new ArrayList<>(rows);
		for (int i = 0; i < NEW_ROWS; i++) {
			all.add(BudgetRow.empty("OTHER", "", ""));
		}
		return all;
	}

	private static int yearOr(Integer year) {
		return (year != null) ? year : LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear() + 1;
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
