package se.finsam.web.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.finsam.web.Workspace;
import se.finsam.web.api.ApiClient;

/**
 * The auditor's pages: the audit trail with filters and its files, internal control's
 * findings, and the verification of the history.
 */
@Controller
class AuditPages {

	private final ApiClient api;

	private final Workspace workspace;

	AuditPages(ApiClient api, Workspace workspace) {
		this.api = api;
		this.workspace = workspace;
	}

	@GetMapping("/granskning/handelselogg")
	String trail(@RequestParam Map<String, String> parameters, Model model) {
		String association = this.workspace.requireAssociation().id();
		Map<String, String> filter = filter(parameters);
		Map<String, Object> query = new LinkedHashMap<>(filter);
		query.put("page", parameters.getOrDefault("sida", "0"));
		query.put("size", "50");
		model.addAttribute("trail",
				this.api.get("/api/associations/" + association + "/audit" + ApiClient.query(query)));
		model.addAttribute("filter", filter);
		model.addAttribute("files", ApiClient.query(filter));
		return "audit/trail";
	}

	/** The trail as CSV or PDF, with the page's filters; downloaded as the user. */
	@GetMapping("/granskning/handelselogg.{format:csv|pdf}")
	ResponseEntity<byte[]> trailFile(@PathVariable String format, @RequestParam Map<String, String> parameters) {
		String association = this.workspace.requireAssociation().id();
		ApiClient.File file = this.api
			.file("/api/associations/" + association + "/audit." + format + ApiClient.query(filter(parameters)));
		return download(file, "handelselogg." + format);
	}

	@GetMapping("/granskning/internkontroll")
	String control(@RequestParam(required = false) Integer ar, @RequestParam(required = false) String per,
			Model model) {
		String association = this.workspace.requireAssociation().id();
		int year = (ar != null) ? ar : LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();
		model.addAttribute("report", this.api.get("/api/associations/" + association + "/internal-control"
				+ ApiClient.query(Map.of("year", year, "asOf", (per != null) ? per : ""))));
		model.addAttribute("year", year);
		model.addAttribute("per", per);
		return "audit/control";
	}

	@GetMapping("/granskning/verifiering")
	String verification(Model model) {
		model.addAttribute("verification", this.api.get("/api/history/verification"));
		return "audit/verification";
	}

	@GetMapping("/granskning/revisionsrapport.pdf")
	ResponseEntity<byte[]> auditorsReport(@RequestParam(required = false) Integer ar) {
		String association = this.workspace.requireAssociation().id();
		int year = (ar != null) ? ar : LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();
		return download(this.api.file("/api/associations/" + association + "/auditor-report/" + year + ".pdf"),
				"revisionsrapport-" + year + ".pdf");
	}

	private static Map<String, String> filter(Map<String, String> parameters) {
		Map<String, String> filter = new LinkedHashMap<>();
		for (String name : new String[] { "from", "to", "user", "aggregate", "type" }) {
			String value = parameters.get(name);
			if (value != null && !value.isBlank()) {
				filter.put(name, value.strip());
			}
		}
		return filter;
	}

	private static ResponseEntity<byte[]> download(ApiClient.File file, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, file.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(file.content());
	}

}
