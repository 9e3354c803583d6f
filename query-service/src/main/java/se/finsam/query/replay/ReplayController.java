package se.finsam.query.replay;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The projections, their progress, and rebuilding them with a comparison of the result.
 */
@RestController
@RequestMapping("/api/admin")
class ReplayController {

	private final Replays replays;

	ReplayController(Replays replays) {
		this.replays = replays;
	}

	@GetMapping("/projections")
	Projections projections() {
		return new Projections(this.replays.projections());
	}

	@PostMapping("/projections/{name}/replay")
	ResponseEntity<?> replay(@PathVariable String name) {
		return this.replays.start(name)
			.<ResponseEntity<?>>map((replay) -> ResponseEntity.accepted()
				.location(URI.create("/api/admin/replays/" + replay.id()))
				.body(this.replays.report(replay.id()).orElseThrow()))
			.orElseGet(() -> notFound("Det finns ingen vy som heter " + name + "."));
	}

	@GetMapping("/replays/{id}")
	ResponseEntity<?> report(@PathVariable UUID id) {
		return this.replays.report(id)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> notFound("Den här noden känner inte till någon sådan omläsning."));
	}

	/** Every view's processor and how far it has come. */
	record Projections(List<Replays.ProjectionStatus> projections) {
	}

	private static ResponseEntity<ProblemDetail> notFound(String detail) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		problem.setTitle("Finns inte");
		problem.setDetail(detail);
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

}
