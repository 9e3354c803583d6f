package se.finsam.query.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.query.AsOf;
import se.finsam.query.access.ReadAccess;

/** The auditor's year as a page and as a PDF. */
@RestController
@RequestMapping("/api/associations/{associationId}/auditor-report")
class AuditorsReportController {

	private final AuditorsReport report;

	private final Clock clock;

	private final ReadAccess access;

	AuditorsReportController(AuditorsReport report, Clock clock, ReadAccess access) {
		this.access = access;
		this.report = report;
		this.clock = clock;
	}

	@GetMapping(path = "/{year}.html", produces = MediaType.TEXT_HTML_VALUE)
	String html(@PathVariable UUID associationId, @PathVariable int year, @RequestParam(required = false) AsOf asOf) {
		this.access.association(associationId);
		return this.report.xhtml(associationId, year, AsOf.orNow(asOf, this.clock));
	}

	@GetMapping("/{year}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID associationId, @PathVariable int year,
			@RequestParam(required = false) AsOf asOf) {
		this.access.association(associationId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("revisionsunderlag-" + year + ".pdf", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(Pdf.render(this.report.xhtml(associationId, year, AsOf.orNow(asOf, this.clock))));
	}

}
