package se.finsam.query.intervention;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.events.OrganisationNumber;
import se.finsam.platform.web.ApiErrorHandler;
import se.finsam.platform.web.ApiErrorHandler.FieldError;
import se.finsam.query.intervention.InterventionRegister.Filter;
import se.finsam.query.intervention.InterventionRegister.Sort;
import se.finsam.query.intervention.InterventionView.Status;
import se.finsam.query.access.ReadAccess;

/**
 * Reads of funded interventions, their indicator results and the national follow-up
 * exports, as they stood on a day ({@code asOf}, by default today in Sweden).
 */
@RestController
@RequestMapping("/api")
class InterventionQueryController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final InterventionRepository repository;

	private final Clock clock;

	private final ReadAccess access;

	InterventionQueryController(InterventionRepository repository, Clock clock, ReadAccess access) {
		this.access = access;
		this.repository = repository;
		this.clock = clock;
	}

	@GetMapping("/interventions/{interventionId}")
	ResponseEntity<?> find(@PathVariable UUID interventionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		LocalDate day = day(asOf);
		return this.repository.associationOf(interventionId).flatMap((associationId) -> {
			this.access.association(associationId);
			return this.repository.find(associationId, interventionId);
		}).map((history) -> {
			this.access.ownedBy(history.header().owner().toString());
			return history;
		})
			.<ResponseEntity<?>>map((history) -> history.asOf(day)
				.<ResponseEntity<?>>map(ResponseEntity::ok)
				.orElseGet(() -> notFound("Insatsen finns inte",
						"Insatsen var inte beslutad den " + day + ": styrelsen beslutade om den "
								+ history.header().decision().citation() + ".")))
			.orElseGet(() -> notFound("Insatsen finns inte", "Ingen insats med den identiteten finns (ännu). "
					+ "En nyss beslutad insats syns inom några sekunder."));
	}

	@GetMapping("/associations/{associationId}/interventions")
	ResponseEntity<?> register(@PathVariable UUID associationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) String status, @RequestParam(required = false) String owner,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "name") String sort) {
		this.access.association(associationId);
		Status wantedStatus = null;
		if (status != null) {
			wantedStatus = parse(Status.class, status);
			if (wantedStatus == null) {
				return badQuery("status", "Ange status som ACTIVE eller CLOSED.");
			}
		}
		if (owner != null && !OrganisationNumber.isValid(owner)) {
			return badQuery("owner", "Ange projektägarens organisationsnummer, t.ex. 212000-1785.");
		}
		Sort order = parse(Sort.class, sort);
		if (order == null) {
			return badQuery("sort", "Sortera efter name, owner, start eller overdue.");
		}
		if (!this.repository.knows(associationId)) {
			return associationNotFound();
		}
		// A project owner sees only its own interventions, whatever it asks for.
		String onlyOwner = this.access.ownOrganisationOnly().orElse(owner);
		Filter filter = new Filter(wantedStatus, (onlyOwner != null) ? OrganisationNumber.of(onlyOwner) : null,
				overdue);
		return ResponseEntity.ok(InterventionRegister.of(associationId.toString(), day(asOf),
				this.repository.findAll(associationId), filter, order));
	}

	@GetMapping("/associations/{associationId}/indicators/{year}")
	ResponseEntity<?> indicators(@PathVariable UUID associationId, @PathVariable int year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		this.access.association(associationId);
		IndicatorComparison comparison = new IndicatorComparison(associationId.toString(), year,
				this.repository.indicatorResults(associationId, year),
				IndicatorTargets.of(this.repository.planTargets(associationId, year)),
				this.repository.interventionNames(associationId));
		if (comparison.isEmpty()) {
			return notFound("Indikatorresultaten finns inte",
					"Förbundet har varken indikatorresultat eller mål " + "för indikatorerna för " + year
							+ " (ännu). Nyss registrerade resultat syns inom några sekunder.");
		}
		return ResponseEntity.ok(comparison.asOf(day(asOf)));
	}

	@GetMapping("/associations/{associationId}/exports/national-follow-up/{year}.csv")
	ResponseEntity<?> nationalFollowUp(@PathVariable UUID associationId, @PathVariable int year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		this.access.association(associationId);
		if (!this.repository.knows(associationId)) {
			return associationNotFound();
		}
		return csv("nationell-uppfoljning-" + year + ".csv",
				FollowUpExport.national(FollowUpExport.rows(this.repository.findAll(associationId), year, day(asOf))));
	}

	@GetMapping("/associations/{associationId}/exports/follow-up-breakdown/{year}.csv")
	ResponseEntity<?> followUpBreakdown(@PathVariable UUID associationId, @PathVariable int year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		this.access.association(associationId);
		if (!this.repository.knows(associationId)) {
			return associationNotFound();
		}
		return csv("uppfoljning-kon-och-alder-" + year + ".csv",
				FollowUpExport.breakdown(FollowUpExport.rows(this.repository.findAll(associationId), year, day(asOf))));
	}

	private LocalDate day(LocalDate asOf) {
		return (asOf != null) ? asOf : LocalDate.ofInstant(this.clock.instant(), InterventionHistory.SWEDEN);
	}

	private static ResponseEntity<byte[]> csv(String filename, byte[] body) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	/** The constant named case-insensitively; null for anything else. */
	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
				return constant;
			}
		}
		return null;
	}

	private static ResponseEntity<?> badQuery(String parameter, String message) {
		return ResponseEntity.badRequest()
			.body(ApiErrorHandler.badRequest("Ogiltig fråga",
					List.of(new FieldError("input.query", parameter, message))));
	}

	private static ResponseEntity<?> associationNotFound() {
		return notFound("Förbundet finns inte",
				"Inget förbund med den identiteten finns (ännu). Ett nyss registrerat förbund syns inom några sekunder.");
	}

	private static ResponseEntity<?> notFound(String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		problem.setTitle(title);
		problem.setDetail(detail);
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

}
