package se.finsam.command.history;

import java.util.List;

import javax.sql.DataSource;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The verifiable history over HTTP: the checkpoints (to export and keep elsewhere), a
 * full verification, and the two proofs an auditor asks for.
 */
@RestController
@RequestMapping("/api/history")
class HistoryController {

	private final HistoryVerifier verifier;

	private final HistoryLedger ledger;

	private final TransactionTemplate transactions;

	HistoryController(DataSource dataSource, HistoryLedger ledger, TransactionTemplate transactions) {
		this.verifier = new HistoryVerifier(dataSource);
		this.ledger = ledger;
		this.transactions = transactions;
	}

	@GetMapping("/checkpoints")
	Checkpoints checkpoints() {
		return new Checkpoints(this.verifier.checkpoints());
	}

	/**
	 * Seals a checkpoint now (besides those sealed at adjusted minutes and year ends).
	 */
	@PostMapping("/checkpoints")
	Checkpoints seal(@Valid @RequestBody Seal request) {
		this.transactions.executeWithoutResult((status) -> this.ledger.seal(request.reason().strip()));
		return checkpoints();
	}

	@GetMapping("/verification")
	HistoryVerifier.Verification verify() {
		return this.verifier.verify();
	}

	@GetMapping("/inclusion/{eventIdentifier}")
	ResponseEntity<?> inclusion(@PathVariable String eventIdentifier, @RequestParam long checkpoint) {
		return this.verifier.inclusion(eventIdentifier, checkpoint)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> notFound(
					"Händelsen ingår inte i någon kontrollpunkt med storleken " + checkpoint + ", eller finns inte."));
	}

	@GetMapping("/consistency")
	ResponseEntity<?> consistency(@RequestParam long from, @RequestParam long to) {
		return this.verifier.consistency(from, to)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> notFound("Ange två förseglade kontrollpunkter, den tidigare först."));
	}

	private static ResponseEntity<ProblemDetail> notFound(String detail) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		problem.setTitle("Finns inte");
		problem.setDetail(detail);
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	/**
	 * The sealed checkpoints, oldest first: export them and keep them apart from the
	 * store.
	 */
	record Checkpoints(List<HistoryVerifier.Checkpoint> checkpoints) {
	}

	/** Why a checkpoint is sealed by hand. */
	record Seal(@NotBlank(message = "Ange varför kontrollpunkten förseglas.") @Size(max = 300,
			message = "Skälet får vara högst 300 tecken.") String reason) {
	}

}
