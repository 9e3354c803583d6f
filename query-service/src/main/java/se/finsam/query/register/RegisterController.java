package se.finsam.query.register;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.query.AsOf;
import se.finsam.query.audit.AuditLog;
import se.finsam.query.access.ReadAccess;

/**
 * The registers of applications, meetings and decisions, filtered and sorted, as they
 * stood at a moment ({@code asOf}: a day, or a day and time; now by default).
 */
@RestController
@RequestMapping("/api/associations/{associationId}")
class RegisterController {

	private final AuditLog audit;

	private final Clock clock;

	private final ReadAccess access;

	RegisterController(AuditLog audit, Clock clock, ReadAccess access) {
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/applications")
	Register<Registers.ApplicationRow> applications(@PathVariable UUID associationId,
			@RequestParam(required = false) AsOf asOf, @RequestParam(required = false) String status,
			@RequestParam(required = false) String owner, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "submitted") String sort) {
		this.access.association(associationId);
		AsOf when = AsOf.orNow(asOf, this.clock);
		// A partner sees only its own organisation's applications.
		String applicant = this.access.ownOrganisationOnly().orElse(null);
		Predicate<Registers.ApplicationRow> keep = (row) -> (status == null || status.equals(row.status()))
				&& (applicant == null || applicant.equals(row.applicant()))
				&& (owner == null || owner.equals(row.owner()))
				&& (year == null || row.submittedOn().getYear() == year);
		Comparator<Registers.ApplicationRow> order = switch (sort) {
			case "title" -> Comparator.comparing(Registers.ApplicationRow::title);
			case "status" -> Comparator.comparing(Registers.ApplicationRow::status);
			case "requested" -> Comparator.comparing(Registers.ApplicationRow::requested).reversed();
			default -> Comparator.comparing(Registers.ApplicationRow::submittedOn);
		};
		return new Register<>(associationId.toString(), when,
				Registers.applications(this.audit.eventsUntil(associationId, when.until()))
					.stream()
					.filter(keep)
					.sorted(order)
					.toList());
	}

	@GetMapping("/meetings")
	Register<Registers.MeetingRow> meetings(@PathVariable UUID associationId, @RequestParam(required = false) AsOf asOf,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String minutes) {
		this.access.association(associationId);
		AsOf when = AsOf.orNow(asOf, this.clock);
		return new Register<>(associationId.toString(), when,
				Registers.meetings(this.audit.eventsUntil(associationId, when.until()))
					.stream()
					.filter((row) -> (year == null || row.date().getYear() == year)
							&& (minutes == null || minutes.equals(row.minutes())))
					.sorted(Comparator.comparing(Registers.MeetingRow::date))
					.toList());
	}

	@GetMapping("/decisions")
	Register<Registers.DecisionRow> decisions(@PathVariable UUID associationId,
			@RequestParam(required = false) AsOf asOf, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String type, @RequestParam(required = false) String outcome) {
		this.access.association(associationId);
		AsOf when = AsOf.orNow(asOf, this.clock);
		return new Register<>(associationId.toString(), when, Registers
			.decisions(this.audit.eventsUntil(associationId, when.until()))
			.stream()
			.filter((row) -> (year == null || (row.citation() != null && row.citation().startsWith(year + "-")))
					&& (type == null || type.equals(row.type())) && (outcome == null || outcome.equals(row.outcome())))
			.toList());
	}

	/** A register as of a day. */
	record Register<T>(String associationId, AsOf asOf, List<T> rows) {
	}

}
