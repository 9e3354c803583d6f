package se.finsam.command.application;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationId;
import se.finsam.events.OrganisationNumber;

/**
 * Commands on free-funds applications by the applicant, the executive and the preparation
 * group. Changes name the version they build on; if someone else changed the application
 * in between, the answer is 409 and nothing is recorded. The board's decisions arrive
 * from the meeting's workflow, not through here.
 */
@RestController
@RequestMapping("/api/applications")
class ApplicationController {

	/**
	 * Windows and rules are set in Swedish days: a submission at 00:30 belongs to that
	 * day.
	 */
	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final CommandGateway commands;

	private final Clock clock;

	ApplicationController(CommandGateway commands, ObjectProvider<Clock> clock) {
		this.commands = commands;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@PostMapping
	ResponseEntity<Accepted> submit(@Valid @RequestBody ApplicationRequests.Submission request) {
		ApplicationId id = ApplicationId.random();
		this.commands.sendAndWait(new SubmitApplication(id, new AssociationId(request.associationId()),
				OrganisationNumber.of(request.applicant()), today(), request.content().toContent()));
		return ResponseEntity.created(URI.create("/api/applications/" + id)).body(new Accepted(id.toString(), 0));
	}

	@PutMapping("/{applicationId}")
	Accepted amend(@PathVariable UUID applicationId, @Valid @RequestBody ApplicationRequests.Amendment request) {
		return send(applicationId, new AmendApplication(new ApplicationId(applicationId), request.expectedVersion(),
				today(), request.content().toContent()));
	}

	@PostMapping("/{applicationId}/withdrawal")
	Accepted withdraw(@PathVariable UUID applicationId, @Valid @RequestBody ApplicationRequests.Withdrawal request) {
		return send(applicationId, new WithdrawApplication(new ApplicationId(applicationId), request.expectedVersion(),
				request.reason().strip()));
	}

	@PostMapping("/{applicationId}/registration")
	Accepted register(@PathVariable UUID applicationId, @Valid @RequestBody ApplicationRequests.Registration request) {
		return send(applicationId, new RegisterApplication(new ApplicationId(applicationId), request.expectedVersion(),
				request.diaryNumber().strip()));
	}

	@PostMapping("/{applicationId}/assessment")
	Accepted assess(@PathVariable UUID applicationId, @Valid @RequestBody ApplicationRequests.Assessment request) {
		return send(applicationId, new RecordAssessment(new ApplicationId(applicationId), request.expectedVersion(),
				request.assessment().strip(), request.recommendation(), request.recommendedAmounts()));
	}

	@PostMapping("/{applicationId}/proposal")
	Accepted propose(@PathVariable UUID applicationId,
			@Valid @RequestBody ApplicationRequests.DecisionProposal request) {
		return send(applicationId,
				new ProposeDecision(new ApplicationId(applicationId), request.expectedVersion(), request.toProposal()));
	}

	private Accepted send(UUID applicationId, Object command) {
		long version = this.commands.sendAndWait(command);
		return new Accepted(applicationId.toString(), version);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), SWEDEN);
	}

	/** The application a command was recorded on and its version afterwards. */
	record Accepted(String applicationId, long version) {
	}

}
