package se.finsam.web.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import se.finsam.web.api.AggregateEvents;
import se.finsam.web.api.Answer;
import se.finsam.web.api.ApiClient;
import se.finsam.web.api.ApiCredentials.ApiUser;
import se.finsam.web.api.ApiException;

/**
 * Meetings: the register, scheduling, the agenda, and meeting mode during the board
 * meeting (attendance and quorum, item by item decisions with votes, conflicts of
 * interest, dissent and deferral, the checker and the signatures that adjust the
 * minutes), and the minutes to print. The executive runs the meeting; board members and
 * the chair read it and do their own part ({@link BoardMemberPart}).
 */
@Controller
class MeetingPages {

	/** A vote field is named {@code rost:<person>}. */
	private static final String VOTE = "rost:";

	private final ApiClient api;

	private final AggregateEvents events;

	private final Workspace workspace;

	private final Landing landing;

	private final MinutesPdf pdf;

	MeetingPages(ApiClient api, AggregateEvents events, Workspace workspace, Landing landing, MinutesPdf pdf) {
		this.pdf = pdf;
		this.api = api;
		this.events = events;
		this.workspace = workspace;
		this.landing = landing;
	}

	@GetMapping("/sammantraden")
	String list(@RequestParam(required = false) String per, Model model) {
		String association = this.workspace.requireAssociation().id();
		model.addAttribute("rows", this.api
			.get("/api/associations/" + association + "/meetings" + ApiClient.query(Map.of("asOf", orEmpty(per))))
			.path("rows"));
		model.addAttribute("board", this.api.get("/api/associations/" + association).path("board"));
		model.addAttribute("office", office());
		model.addAttribute("per", per);
		return "meeting/list";
	}

	@PostMapping("/sammantraden")
	String schedule(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		String association = this.workspace.requireAssociation().id();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("associationId", association);
		body.put("date", blankToNull(form.getFirst("date")));
		body.put("startTime", blankToNull(form.getFirst("startTime")));
		body.put("place", form.getFirst("place"));
		body.put("chair", form.getFirst("chair"));
		body.put("firstItemNumber", blankToNull(form.getFirst("firstItemNumber")));
		Answer answer = this.api.send("POST", "/api/meetings", body);
		if (!answer.accepted()) {
			model.addAttribute("errors", FormErrors.of(answer, (path) -> path));
			return list(null, model);
		}
		String id = answer.text("meetingId");
		return this.landing.after(association, id, answer.version(), "/sammantraden/" + id, "Sammanträdet är kallat.",
				redirect);
	}

	@GetMapping("/sammantraden/{id}")
	String meetingMode(@PathVariable String id, Model model) {
		String association = this.workspace.requireAssociation().id();
		MeetingState meeting = state(association, id);
		model.addAttribute("id", id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("office", office());
		model.addAttribute("part", part(meeting));
		List<JsonNode> waiting = new ArrayList<>();
		if (office()) {
			this.api.get("/api/associations/" + association + "/applications").path("rows").forEach((row) -> {
				String status = row.path("status").asText();
				if (status.equals("PROPOSED") || status.equals("DEFERRED")) {
					waiting.add(row);
				}
			});
		}
		model.addAttribute("waiting", waiting);
		Map<Integer, JsonNode> proposals = new LinkedHashMap<>();
		for (MeetingState.Item item : meeting.items()) {
			if (item.application() != null && item.open()) {
				this.events.of(association, item.application())
					.latest("DecisionProposed")
					.ifPresent((proposed) -> proposals.put(item.number(), proposed.path("proposal")));
			}
		}
		model.addAttribute("proposals", proposals);
		return "meeting/mode";
	}

	@GetMapping("/sammantraden/{id}/protokoll")
	String minutes(@PathVariable String id, Model model) {
		String association = this.workspace.requireAssociation().id();
		model.addAttribute("id", id);
		model.addAttribute("meeting", state(association, id));
		model.addAttribute("details", this.api.get("/api/associations/" + association));
		return "meeting/minutes";
	}

	@GetMapping("/sammantraden/{id}/protokoll.pdf")
	ResponseEntity<byte[]> minutesPdf(@PathVariable String id) {
		String association = this.workspace.requireAssociation().id();
		MeetingState meeting = state(association, id);
		byte[] document = this.pdf.render(meeting, this.api.get("/api/associations/" + association));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("protokoll-" + meeting.date() + ".pdf").build().toString())
			.body(document);
	}

	@PostMapping("/sammantraden/{id}/narvaro")
	String attendance(@PathVariable String id, @RequestParam String person, @RequestParam String presence, Model model,
			RedirectAttributes redirect) {
		return command(id, "POST", "/attendance", Map.of("person", person, "presence", presence), "attendance",
				"Närvaron är registrerad: " + person + ".", model, redirect);
	}

	@PostMapping("/sammantraden/{id}/dagordning")
	String agenda(@PathVariable String id, @RequestParam(required = false) String applicationId,
			@RequestParam(required = false) String title, Model model, RedirectAttributes redirect) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (applicationId != null && !applicationId.isBlank()) {
			String chosenTitle = title;
			for (JsonNode row : this.api
				.get("/api/associations/" + this.workspace.requireAssociation().id() + "/applications")
				.path("rows")) {
				if (applicationId.equals(row.path("applicationId").asText())) {
					chosenTitle = "Ansökan om fria medel: " + row.path("title").asText();
				}
			}
			body.put("title", chosenTitle);
			body.put("type", "GRANT");
			body.put("applicationId", applicationId);
		}
		else {
			body.put("title", title);
			body.put("type", "OTHER");
		}
		return command(id, "POST", "/agenda", body, "agenda", "Ärendet är lagt på dagordningen.", model, redirect);
	}

	@PostMapping("/sammantraden/{id}/paragrafer/{item}/jav")
	String conflict(@PathVariable String id, @PathVariable int item, @RequestParam String person,
			@RequestParam String reason, Model model, RedirectAttributes redirect) {
		if (!office() && !part(state(this.workspace.requireAssociation().id(), id)).mayDeclare(person)) {
			throw new ApiException(403, "Du anmäler jäv bara för din egen organisations ledamot eller ersättare", null);
		}
		return command(id, "POST", "/items/" + item + "/conflicts", Map.of("person", person, "reason", reason),
				"item" + item, "Jävet är antecknat.", model, redirect);
	}

	@PostMapping("/sammantraden/{id}/paragrafer/{item}/beslut")
	String decide(@PathVariable String id, @PathVariable int item, @RequestParam MultiValueMap<String, String> form,
			Model model, RedirectAttributes redirect) {
		Map<String, Object> body = new LinkedHashMap<>();
		List<Map<String, String>> votes = new ArrayList<>();
		form.forEach((name, values) -> {
			if (name.startsWith(VOTE) && !values.get(0).isBlank()) {
				votes.add(Map.of("person", name.substring(VOTE.length()), "choice", values.get(0)));
			}
		});
		body.put("votes", votes);
		body.put("dissenting", form.getOrDefault("dissenting", List.of()));
		String kind = form.getFirst("kind");
		if (kind != null && !kind.isBlank()) {
			Map<String, Object> motion = new LinkedHashMap<>();
			motion.put("kind", kind);
			String amount = form.getFirst("amount");
			motion.put("granted", (kind.equals("APPROVE") && amount != null && !amount.isBlank())
					? List.of(Map.of("year", form.getFirst("year"), "amount", amount)) : List.of());
			motion.put("conditions", blankToNull(form.getFirst("conditions")));
			motion.put("reason", blankToNull(form.getFirst("reason")));
			body.put("motion", motion);
		}
		body.put("resolution", blankToNull(form.getFirst("resolution")));
		return command(id, "POST", "/items/" + item + "/decision", body, "item" + item,
				"Beslutet i § " + item + " är protokollfört.", model, redirect);
	}

	@PostMapping("/sammantraden/{id}/paragrafer/{item}/bordlagg")
	String defer(@PathVariable String id, @PathVariable int item, @RequestParam String reason, Model model,
			RedirectAttributes redirect) {
		return command(id, "POST", "/items/" + item + "/deferral", Map.of("reason", reason), "item" + item,
				"§ " + item + " är bordlagd.", model, redirect);
	}

	@PostMapping("/sammantraden/{id}/justerare")
	String checker(@PathVariable String id, @RequestParam String person, Model model, RedirectAttributes redirect) {
		return command(id, "PUT", "/checker", Map.of("person", person), "minutes",
				"Justerare är utsedd: " + person + ".", model, redirect);
	}

	@PostMapping("/sammantraden/{id}/signaturer")
	String sign(@PathVariable String id, @RequestParam String signer, @RequestParam String role, Model model,
			RedirectAttributes redirect) {
		if (!office() && !part(state(this.workspace.requireAssociation().id(), id)).maySign(signer, role)) {
			throw new ApiException(403, "Du signerar bara för dig själv, som ordförande eller justerare", null);
		}
		return command(id, "POST", "/minutes/signatures", Map.of("signer", signer, "role", role), "minutes",
				"Protokollet är signerat av " + signer + ".", model, redirect);
	}

	private String command(String id, String method, String path, Map<String, Object> body, String form, String notice,
			Model model, RedirectAttributes redirect) {
		String association = this.workspace.requireAssociation().id();
		Map<String, Object> withVersion = new LinkedHashMap<>(body);
		withVersion.put("expectedVersion", state(association, id).version());
		Answer answer = this.api.send(method, "/api/meetings/" + id + path, withVersion);
		if (!answer.accepted()) {
			model.addAttribute("errors", FormErrors.of(answer, (field) -> ""));
			model.addAttribute("errorsFor", form);
			return meetingMode(id, model);
		}
		return this.landing.after(association, id, answer.version(), "/sammantraden/" + id + "#" + form, notice,
				redirect);
	}

	/**
	 * Whether the user runs the meeting (the executive), rather than sits on the board.
	 */
	private boolean office() {
		return this.workspace.user().hasAny(Roles.MEETING_OFFICE);
	}

	private BoardMemberPart part(MeetingState meeting) {
		ApiUser user = this.workspace.user();
		return BoardMemberPart.of(meeting, user.organisation(), user.has("CHAIR"));
	}

	private MeetingState state(String association, String id) {
		AggregateEvents.History history = this.events.of(association, id);
		if (!history.exists()) {
			throw new ApiException(404, "Sammanträdet finns inte", null);
		}
		return MeetingState.of(history);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
