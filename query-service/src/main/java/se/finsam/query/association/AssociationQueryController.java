package se.finsam.query.association;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.finsam.query.access.ReadAccess;

/** Reads of one association, always by its id, and the list to choose one from. */
@RestController
@RequestMapping("/api/associations")
class AssociationQueryController {

	private final AssociationRepository repository;

	private final ReadAccess access;

	AssociationQueryController(AssociationRepository repository, ReadAccess access) {
		this.access = access;
		this.repository = repository;
	}

	/**
	 * The associations the user acts in, to choose from, as {@code rows} of id, name and
	 * organisation number.
	 */
	@GetMapping
	Map<String, List<AssociationView.Summary>> list() {
		return Map.of("rows",
				this.repository.list().stream().filter((row) -> this.access.actsIn(row.organisationNumber())).toList());
	}

	@GetMapping("/{associationId}")
	ResponseEntity<?> find(@PathVariable UUID associationId) {
		this.access.association(associationId);
		return this.repository.find(associationId).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> {
			ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
			problem.setTitle("Förbundet finns inte");
			problem.setDetail("Inget förbund med den identiteten finns (ännu). "
					+ "Ett nyss registrerat förbund syns inom några sekunder.");
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
		});
	}

}
