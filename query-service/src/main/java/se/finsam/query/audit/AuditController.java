package se.finsam.query.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.query.access.ReadAccess;

/**
 * The audit trail of an association: every event in order, with filters, as JSON (paged),
 * CSV and PDF.
 */
@RestController
@RequestMapping("/api/associations/{associationId}")
class AuditController {

	/** The most a file holds; a larger trail is narrowed by period first. */
	static final int MAX_EXPORT = 50_000;

	private final AuditRepository repository;

	private final AuditSentences sentences;

	private final ReadAccess access;

	AuditController(AuditRepository repository, AuditSentences sentences, ReadAccess access) {
		this.access = access;
		this.repository = repository;
		this.sentences = sentences;
	}

	@GetMapping("/audit")
	Page trail(@PathVariable UUID associationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String user, @RequestParam(required = false) String aggregate,
			@RequestParam(required = false) String type, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		this.access.association(associationId);
		AuditFilter filter = new AuditFilter(from, to, null, user, aggregate, type);
		int pageSize = Math.max(1, Math.min(size, 500));
		int pageNumber = Math.max(0, page);
		return new Page(this.repository.count(associationId, filter), pageNumber, pageSize,
				this.repository.find(associationId, filter, pageNumber * pageSize, pageSize, this.sentences));
	}

	/**
	 * One aggregate's events, oldest first: what a page about one application, meeting or
	 * intervention is drawn from, and (by their number) whether the read side has applied
	 * a command just sent. Partners and project owners get only aggregates their own
	 * organisation owns (the applicant or owner named in the first event); for others the
	 * aggregate does not exist (404).
	 */
	@GetMapping("/aggregates/{aggregateId}/events")
	Page aggregateEvents(@PathVariable UUID associationId, @PathVariable String aggregateId) {
		this.access.association(associationId);
		List<AuditEntry> events = this.repository.find(associationId,
				new AuditFilter(null, null, null, null, aggregateId, null), 0, MAX_EXPORT, this.sentences);
		if (!events.isEmpty() && this.access.ownOrganisationOnly().isPresent()) {
			JsonNode first = events.get(0).data();
			this.access.ownedBy(
					first.hasNonNull("applicant") ? first.get("applicant").asText() : first.path("owner").asText(""));
		}
		return new Page(events.size(), 0, Math.max(1, events.size()), events);
	}

	@GetMapping("/audit.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID associationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String user, @RequestParam(required = false) String aggregate,
			@RequestParam(required = false) String type) {
		this.access.association(associationId);
		List<AuditEntry> entries = this.repository.find(associationId,
				new AuditFilter(from, to, null, user, aggregate, type), 0, MAX_EXPORT, this.sentences);
		return file(AuditDocuments.csv(entries), new MediaType("text", "csv", StandardCharsets.UTF_8),
				"handelselogg.csv");
	}

	@GetMapping("/audit.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID associationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String user, @RequestParam(required = false) String aggregate,
			@RequestParam(required = false) String type) {
		this.access.association(associationId);
		AuditFilter filter = new AuditFilter(from, to, null, user, aggregate, type);
		List<AuditEntry> entries = this.repository.find(associationId, filter, 0, MAX_EXPORT, this.sentences);
		String scope = "Period: " + ((from != null) ? from : "från början") + " – " + ((to != null) ? to : "i dag")
				+ ((user != null) ? ", användare " + user : "") + ((aggregate != null) ? ", objekt " + aggregate : "")
				+ ((type != null) ? ", händelse " + type : "") + ". " + entries.size() + " händelser.";
		return file(AuditDocuments.pdf("Händelselogg för förbundet " + associationId, scope, entries),
				MediaType.APPLICATION_PDF, "handelselogg.pdf");
	}

	private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

	/** One page of the trail and how many events match in all. */
	record Page(long total, int page, int size, List<AuditEntry> events) {
	}

}
