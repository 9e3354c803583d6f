package se.finsam.query.control;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
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

/**
 * The internal-control report of an association for a year: every control of the
 * catalogue with its findings, as of a day; also as CSV for the audit report.
 */
@RestController
@RequestMapping("/api/associations/{associationId}")
class InternalControlController {

	private final InternalControl controls;

	private final Clock clock;

	private final ReadAccess access;

	InternalControlController(InternalControl controls, Clock clock, ReadAccess access) {
		this.access = access;
		this.controls = controls;
		this.clock = clock;
	}

	@GetMapping("/internal-control")
	Report report(@PathVariable UUID associationId, @RequestParam int year, @RequestParam(required = false) AsOf asOf) {
		this.access.association(associationId);
		AsOf when = AsOf.orNow(asOf, this.clock);
		List<ControlFinding> findings = this.controls.evaluate(associationId, year, when);
		return new Report(associationId.toString(), year, when,
				Arrays.stream(Control.values())
					.map((control) -> ControlResult.of(control,
							findings.stream().filter((finding) -> finding.control() == control).toList()))
					.toList());
	}

	@GetMapping("/internal-control.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID associationId, @RequestParam int year,
			@RequestParam(required = false) AsOf asOf) {
		this.access.association(associationId);
		Report report = report(associationId, year, asOf);
		StringBuilder csv = new StringBuilder(
				"\uFEFFKontroll;Beskrivning;Källa;Allvarlighet;Resultat;År;Avvikelse;Händelser\r\n");
		for (ControlResult result : report.controls()) {
			if (result.findings().isEmpty()) {
				csv.append(row(result, "", "", ""));
			}
			for (ControlFinding finding : result.findings()) {
				csv.append(row(result, String.valueOf(finding.year()), finding.message(),
						String.join(" ", finding.events())));
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("intern-kontroll-" + year + ".csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String row(ControlResult result, String year, String message, String events) {
		return String.join(";",
				List.of(result.id(), result.description(), result.source(), result.severity(), result.status(), year,
						message, events)
					.stream()
					.map((cell) -> "\"" + cell.replace("\"", "\"\"") + "\"")
					.toList())
				+ "\r\n";
	}

	/** The year's report. */
	record Report(String associationId, int year, AsOf asOf, List<ControlResult> controls) {
	}

	/**
	 * One control and what it found: {@code OK}, or {@code AVVIKELSE} with the findings.
	 */
	record ControlResult(String id, String description, String source, String severity, String status,
			List<ControlFinding> findings) {

		static ControlResult of(Control control, List<ControlFinding> findings) {
			return new ControlResult(control.name(), control.description(), control.source(), control.severity().name(),
					findings.isEmpty() ? "OK" : "AVVIKELSE", findings);
		}

	}

}
