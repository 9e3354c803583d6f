package se.finsam.query.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;
import se.finsam.query.access.ReadAccess;

/**
 * Reads of one activity plan and budget, as it stood on a day ({@code asOf}, by default
 * today in Sweden).
 */
@RestController
@RequestMapping("/api")
class PlanQueryController {

	private final PlanRepository repository;

	private final Clock clock;

	private final ReadAccess access;

	PlanQueryController(PlanRepository repository, Clock clock, ReadAccess access) {
		this.access = access;
		this.repository = repository;
		this.clock = clock;
	}

	@GetMapping("/plans/{planId}")
	ResponseEntity<?> find(@PathVariable UUID planId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return answer(this.repository.associationOf(planId).flatMap((associationId) -> {
			this.access.association(associationId);
			return this.repository.find(associationId, planId);
		}), asOf, "Ingen verksamhetsplan med den identiteten finns (ännu).");
	}

	@GetMapping("/associations/{associationId}/plans/{year}")
	ResponseEntity<?> find(@PathVariable UUID associationId, @PathVariable int year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		this.access.association(associationId);
		UUID planId = PlanId.of(new AssociationId(associationId), year).value();
		return answer(this.repository.find(associationId, planId), asOf,
				"Förbundet har ingen verksamhetsplan för " + year + " (ännu).");
	}

	private ResponseEntity<?> answer(Optional<PlanHistory> plan, LocalDate asOf, String missing) {
		LocalDate day = (asOf != null) ? asOf : LocalDate.ofInstant(this.clock.instant(), PlanHistory.SWEDEN);
		return plan.<ResponseEntity<?>>map((history) -> ResponseEntity.ok(history.asOf(day))).orElseGet(() -> {
			ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
			problem.setTitle("Planen finns inte");
			problem.setDetail(missing + " En nyss upprättad plan syns inom några sekunder.");
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
		});
	}

}
