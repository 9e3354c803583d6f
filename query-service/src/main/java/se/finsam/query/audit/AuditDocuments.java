package se.finsam.query.audit;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import se.finsam.query.report.Pdf;

/**
 * The audit trail as files an auditor keeps: CSV for a spreadsheet (UTF-8 with a byte
 * order mark, semicolons, as Swedish spreadsheet programs read it) and a PDF to file.
 */
final class AuditDocuments {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Europe/Stockholm"));

	private static final List<String> HEADERS = List.of("Tidpunkt", "Händelse", "Beskrivning", "Användare",
			"Organisation", "Roller", "Beslut", "Objekt", "Löpnummer", "Händelse-id", "Korrelations-id", "Data");

	private AuditDocuments() {
	}

	static byte[] csv(List<AuditEntry> entries) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(String.join(";", HEADERS)).append("\r\n");
		for (AuditEntry entry : entries) {
			List<String> cells = List.of(TIME.format(entry.at()), entry.type(), entry.sentence(), orEmpty(entry.user()),
					orEmpty(entry.organisation()), orEmpty(entry.roles()), orEmpty(entry.decision()),
					orEmpty(entry.aggregateId()), String.valueOf(entry.sequence()), entry.eventId(),
					orEmpty(entry.correlationId()), entry.data().toString());
			csv.append(String.join(";", cells.stream().map(AuditDocuments::quoted).toList())).append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] pdf(String title, String scope, List<AuditEntry> entries) {
		StringBuilder html = new StringBuilder(
				"""
						<!DOCTYPE html><html lang="sv"><head><meta charset="UTF-8"/><title>%s</title><style>
						@page { size: A4 landscape; margin: 14mm; @bottom-right { content: "Sida " counter(page) " av " counter(pages); font-size: 8pt; } }
						body { font-family: sans-serif; font-size: 8pt; }
						h1 { font-size: 13pt; margin: 0 0 2mm 0; } p { margin: 0 0 4mm 0; }
						table { width: 100%%; border-collapse: collapse; } th, td { border-bottom: 0.5pt solid #999; padding: 1mm; text-align: left; vertical-align: top; }
						th { background: #eee; } thead { display: table-header-group; } tr { page-break-inside: avoid; }
						</style></head><body>"""
					.formatted(Pdf.escape(title)));
		html.append("<h1>").append(Pdf.escape(title)).append("</h1><p>").append(Pdf.escape(scope)).append("</p>");
		html.append("<table><thead><tr><th>Tidpunkt</th><th>Beskrivning</th><th>Användare</th>")
			.append("<th>Organisation</th><th>Beslut</th><th>Objekt / löpnummer</th></tr></thead><tbody>");
		for (AuditEntry entry : entries) {
			html.append("<tr><td>")
				.append(TIME.format(entry.at()))
				.append("</td><td>")
				.append(Pdf.escape(entry.sentence()))
				.append("</td><td>")
				.append(Pdf.escape(orEmpty(entry.user())))
				.append("</td><td>")
				.append(Pdf.escape(orEmpty(entry.organisation())))
				.append("</td><td>")
				.append(Pdf.escape(orEmpty(entry.decision())))
				.append("</td><td>")
				.append(Pdf.escape(orEmpty(entry.aggregateType())))
				.append(" ")
				.append(Pdf.escape(orEmpty(entry.aggregateId())))
				.append(" #")
				.append(entry.sequence())
				.append("</td></tr>");
		}
		html.append("</tbody></table></body></html>");
		return Pdf.render(html.toString());
	}

	private static String quoted(String cell) {
		return "\"" + cell.replace("\"", "\"\"") + "\"";
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
