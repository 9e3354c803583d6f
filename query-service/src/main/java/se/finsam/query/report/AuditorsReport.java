package se.finsam.query.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import se.finsam.events.Money;
import se.finsam.platform.format.Kronor;
import se.finsam.query.AsOf;
import se.finsam.query.audit.AuditEntry;
import se.finsam.query.audit.AuditLog;
import se.finsam.query.control.ControlFinding;
import se.finsam.query.control.InternalControl;
import se.finsam.query.plan.PlanQueries;
import se.finsam.query.plan.PlanView;
import se.finsam.query.register.Registers;

/**
 * The auditor's year, "association X, year Y", in one document: the plan as adopted, as
 * revised and at the year's end; every meeting and decision; applications; interventions
 * and their reports; and the internal-control findings. Everything is read from the
 * events as of the chosen day, so it is the year as the record shows it.
 */
@Component
class AuditorsReport {

	private final AuditLog audit;

	private final PlanQueries plans;

	private final InternalControl controls;

	private final HistoryStatus history;

	AuditorsReport(AuditLog audit, PlanQueries plans, InternalControl controls, HistoryStatus history) {
		this.audit = audit;
		this.plans = plans;
		this.controls = controls;
		this.history = history;
	}

	/** The report as XHTML (for the browser, and rendered as PDF). */
	String xhtml(UUID associationId, int year, AsOf moment) {
		LocalDate asOf = moment.day();
		List<AuditEntry> events = this.audit.eventsUntil(associationId, moment.until());
		String name = events.stream()
			.filter((e) -> e.type().equals("AssociationRegistered"))
			.map((e) -> e.data().path("name").asText())
			.findFirst()
			.orElse(associationId.toString());
		StringBuilder html = new StringBuilder(
				"""
						<!DOCTYPE html><html lang="sv" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"/>
						<title>Revisionsunderlag</title><style>
						@page { size: A4; margin: 16mm; @bottom-right { content: "Sida " counter(page) " av " counter(pages); font-size: 8pt; } }
						body { font-family: sans-serif; font-size: 9pt; } h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 8mm; }
						table { width: 100%; border-collapse: collapse; margin-bottom: 4mm; } th, td { border-bottom: 0.5pt solid #999; padding: 1mm; text-align: left; vertical-align: top; }
						th { background: #eee; } td.kr { text-align: right; white-space: nowrap; } thead { display: table-header-group; }
						</style></head><body>""");
		html.append("<h1>Revisionsunderlag ").append(year).append(": ").append(Pdf.escape(name)).append("</h1>");
		html.append("<p>Sammanställt ur förbundets händelser till och med ").append(asOf).append(".</p>");
		planSection(html, associationId, year, asOf);
		meetingsSection(html, events, year);
		decisionsSection(html, events, year);
		applicationsSection(html, events, year);
		interventionsSection(html, events, year);
		controlSection(html, this.controls.evaluate(associationId, year, moment));
		historySection(html);
		return html.append("</body></html>").toString();
	}

	private void planSection(StringBuilder html, UUID associationId, int year, LocalDate asOf) {
		html.append("<h2>Verksamhetsplan och budget ").append(year).append("</h2>");
		Optional<Function<LocalDate, PlanView>> plan = this.plans.asOfAnyDay(associationId, year);
		if (plan.isEmpty()) {
			html.append("<p>Ingen verksamhetsplan för året finns i systemet.</p>");
			return;
		}
		PlanView current = plan.get().apply(asOf);
		List<LocalDate> days = new ArrayList<>();
		List<String> captions = new ArrayList<>();
		if (current.adoption() != null) {
			days.add(current.adoption().decision().meetingDate());
			captions.add("antagen " + current.adoption().citation());
		}
		current.revisions().forEach((revision) -> {
			days.add(revision.decision().meetingDate());
			captions.add("reviderad " + revision.citation());
		});
		days.add(LocalDate.of(year, 12, 31).isBefore(asOf) ? LocalDate.of(year, 12, 31) : asOf);
		captions.add("per " + days.get(days.size() - 1));
		html.append("<table><thead><tr><th>Rad</th>");
		captions.forEach((caption) -> html.append("<th>").append(Pdf.escape(caption)).append("</th>"));
		html.append("<th>Reserverat</th><th>Förbrukat</th></tr></thead><tbody>");
		List<PlanView> versions = days.stream().map(plan.get()).toList();
		PlanView last = versions.get(versions.size() - 1);
		for (PlanView.Line line : last.lines()) {
			html.append("<tr><td>").append(Pdf.escape(line.name())).append("</td>");
			for (PlanView version : versions) {
				html.append("<td class=\"kr\">").append(amount(version, line.code(), year)).append("</td>");
			}
			PlanView.LineYear figures = yearOf(line, year);
			html.append("<td class=\"kr\">")
				.append(Kronor.format(figures.reserved()))
				.append("</td><td class=\"kr\">")
				.append(Kronor.format(figures.spent()))
				.append("</td></tr>");
		}
		html.append("</tbody></table>");
		last.years()
			.stream()
			.filter((y) -> y.year() == year)
			.findFirst()
			.ifPresent((y) -> html.append("<p>Bidrag ")
				.append(Kronor.format(y.contributions()))
				.append(", intäkter ")
				.append(Kronor.format(y.income()))
				.append(", kostnader ")
				.append(Kronor.format(y.costs()))
				.append(", resultat ")
				.append(Kronor.format(y.result()))
				.append(".</p>"));
	}

	private static String amount(PlanView version, String code, int year) {
		return version.lines()
			.stream()
			.filter((line) -> line.code().equals(code))
			.findFirst()
			.map((line) -> Kronor.format(yearOf(line, year).budget()))
			.orElse("–");
	}

	private static PlanView.LineYear yearOf(PlanView.Line line, int year) {
		return line.years().stream().filter((y) -> y.year() == year).findFirst().orElseThrow();
	}

	private static void meetingsSection(StringBuilder html, List<AuditEntry> events, int year) {
		html.append("<h2>Sammanträden</h2><table><thead><tr><th>Datum</th><th>Plats</th><th>Ordförande</th>")
			.append("<th>Ärenden</th><th>Beslut</th><th>Bordlagda</th><th>Protokoll</th></tr></thead><tbody>");
		for (Registers.MeetingRow meeting : Registers.meetings(events)) {
			if (meeting.date().getYear() == year) {
				html.append("<tr><td>")
					.append(meeting.date())
					.append("</td><td>")
					.append(Pdf.escape(meeting.place()))
					.append("</td><td>")
					.append(Pdf.escape(meeting.chair()))
					.append("</td><td>")
					.append(meeting.items())
					.append("</td><td>")
					.append(meeting.decided())
					.append("</td><td>")
					.append(meeting.deferred())
					.append("</td><td>")
					.append(minutes(meeting))
					.append("</td></tr>");
			}
		}
		html.append("</tbody></table>");
	}

	private static String minutes(Registers.MeetingRow meeting) {
		return switch (meeting.minutes()) {
			case "ADJUSTED" -> "justerat " + meeting.adjustedOn();
			case "SIGNED" -> "delvis undertecknat";
			default -> "ej justerat";
		};
	}

	private static void decisionsSection(StringBuilder html, List<AuditEntry> events, int year) {
		html.append("<h2>Beslut</h2><table><thead><tr><th>Paragraf</th><th>Ärende</th><th>Beslut</th>")
			.append("<th>Röster (ja/nej/avstår)</th><th>Reservationer</th></tr></thead><tbody>");
		for (Registers.DecisionRow decision : Registers.decisions(events)) {
			if (decision.citation() != null && decision.citation().startsWith(year + "-")) {
				html.append("<tr><td>")
					.append(Pdf.escape(decision.citation()))
					.append("</td><td>")
					.append(Pdf.escape(decision.title()))
					.append("</td><td>")
					.append(outcome(decision))
					.append(Pdf.escape(decision.wording()))
					.append("</td><td>")
					.append((decision.yes() != null && decision.yes() + decision.no() + decision.abstain() > 0)
							? decision.yes() + "/" + decision.no() + "/" + decision.abstain() : "utan omröstning")
					.append("</td><td>")
					.append(Pdf.escape(String.join(", ", decision.dissenting())))
					.append("</td></tr>");
			}
		}
		html.append("</tbody></table>");
	}

	private static String outcome(Registers.DecisionRow decision) {
		return switch (decision.outcome()) {
			case "DEFEATED" -> "Förslaget föll: ";
			case "DEFERRED" -> "Bordlagt: ";
			default -> "";
		};
	}

	private static void applicationsSection(StringBuilder html, List<AuditEntry> events, int year) {
		html.append("<h2>Ansökningar om fria medel</h2><table><thead><tr><th>Ansökan</th><th>Huvudman</th>")
			.append("<th>Sökt</th><th>Status</th><th>Beslut</th><th>Beviljat</th></tr></thead><tbody>");
		for (Registers.ApplicationRow application : Registers.applications(events)) {
			if (application.submittedOn().getYear() == year) {
				html.append("<tr><td>")
					.append(Pdf.escape(application.title()))
					.append("</td><td>")
					.append(Pdf.escape(application.owner()))
					.append("</td><td class=\"kr\">")
					.append(Kronor.format(application.requested()))
					.append("</td><td>")
					.append(application.status())
					.append("</td><td>")
					.append(Pdf.escape(application.decision()))
					.append("</td><td class=\"kr\">")
					.append((application.granted() != null) ? Kronor.format(application.granted()) : "")
					.append("</td></tr>");
			}
		}
		html.append("</tbody></table>");
	}

	private static void interventionsSection(StringBuilder html, List<AuditEntry> events, int year) {
		html.append("<h2>Insatser och rapporter</h2><table><thead><tr><th>Insats</th><th>Rapportperiod</th>")
			.append("<th>Lämnad</th><th>Kostnader hittills</th><th>Nya deltagare</th><th>Mål</th></tr></thead><tbody>");
		for (AuditEntry report : events) {
			if (!report.type().equals("InterventionReportFiled")
					|| LocalDate.parse(report.data().path("periodEnd").asText()).getYear() != year) {
				continue;
			}
			String name = events.stream()
				.filter((e) -> e.type().equals("InterventionStarted") && e.aggregateId().equals(report.aggregateId()))
				.map((e) -> e.data().path("name").asText())
				.findFirst()
				.orElse(report.aggregateId());
			int fresh = 0;
			for (JsonNode count : report.data().path("participants")) {
				fresh += count.path("newCount").asInt();
			}
			StringBuilder goals = new StringBuilder();
			for (JsonNode goal : report.data().path("goalResults")) {
				goals.append(goal.path("value").asText("–"))
					.append(goal.path("met").asBoolean() ? " (uppfyllt) " : " (ej uppfyllt) ");
			}
			html.append("<tr><td>")
				.append(Pdf.escape(name))
				.append("</td><td>")
				.append(report.data().path("periodStart").asText())
				.append("–")
				.append(report.data().path("periodEnd").asText())
				.append("</td><td>")
				.append(report.data().path("filedOn").asText())
				.append("</td><td class=\"kr\">")
				.append(Kronor.format(Money.parse(report.data().path("costsToDate").asText())))
				.append("</td><td>")
				.append(fresh < 5 && fresh > 0 ? "&lt;5" : String.valueOf(fresh))
				.append("</td><td>")
				.append(Pdf.escape(goals.toString().strip()))
				.append("</td></tr>");
		}
		html.append("</tbody></table>");
	}

	private void historySection(StringBuilder html) {
		html.append("<h2>Historikens äkthet</h2>");
		Optional<JsonNode> verification = this.history.verification();
		if (verification.isEmpty()) {
			html.append("<p>Verifieringen kunde inte hämtas nu; kör <code>./run-local --verify-history</code> ")
				.append("eller läs <code>/api/history/verification</code>.</p>");
			return;
		}
		JsonNode result = verification.get();
		html.append("<p>")
			.append(result.path("valid").asBoolean() ? "Händelseloggen stämmer med varje förseglad kontrollpunkt."
					: "Händelseloggen stämmer INTE med alla kontrollpunkter: lagrade händelser har ändrats.")
			.append(" Händelser: ")
			.append(result.path("events").asLong())
			.append(", nuvarande rot ")
			.append(Pdf.escape(result.path("currentRoot").asText()))
			.append(".</p><table><thead><tr><th>Kontrollpunkt</th><th>Förseglad</th><th>Skäl</th><th>Resultat</th></tr>")
			.append("</thead><tbody>");
		for (JsonNode check : result.path("checkpoints")) {
			JsonNode checkpoint = check.path("checkpoint");
			html.append("<tr><td>")
				.append(checkpoint.path("size").asLong())
				.append(" händelser</td><td>")
				.append(Pdf.escape(checkpoint.path("sealedAt").asText()))
				.append("</td><td>")
				.append(Pdf.escape(checkpoint.path("reason").asText()))
				.append("</td><td>")
				.append(check.path("valid").asBoolean() ? "stämmer" : "STÄMMER INTE")
				.append("</td></tr>");
		}
		html.append("</tbody></table>");
	}

	private static void controlSection(StringBuilder html, List<ControlFinding> findings) {
		html.append("<h2>Intern kontroll</h2>");
		if (findings.isEmpty()) {
			html.append("<p>Inga avvikelser.</p>");
			return;
		}
		html.append("<table><thead><tr><th>Kontroll</th><th>Allvarlighet</th><th>Avvikelse</th></tr></thead><tbody>");
		for (ControlFinding finding : findings) {
			html.append("<tr><td>")
				.append(finding.control().name())
				.append("</td><td>")
				.append(finding.control().severity())
				.append("</td><td>")
				.append(Pdf.escape(finding.message()))
				.append("</td></tr>");
		}
		html.append("</tbody></table>");
	}

}
