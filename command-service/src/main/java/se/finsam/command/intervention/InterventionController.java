package se.finsam.command.intervention;

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

import se.finsam.command.shared.AnnualAmountInput;
import se.finsam.events.InterventionId;
import se.finsam.events.Money;

/**
 * Commands on funded interventions: the board's decisions (each naming the version it
 * builds on; 409 if someone else changed the intervention in between), the report
 * schedule, the project owner's reports and the payments. A grant starts its intervention
 * from the meeting's workflow; only the association's own interventions start here.
 */
@RestController
@RequestMapping("/api/interventions")
class InterventionController {

	/** A report is filed on a Swedish calendar day, whatever the server's zone. */
	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final CommandGateway commands;

	private final Clock clock;

	InterventionController(CommandGateway commands, ObjectProvider<Clock> clock) {
		this.commands = commands;
		this.clock = clock.getIfUnique(Clock::systemDefaultZone).withZone(SWEDEN);
	}

	@PostMapping
	ResponseEntity<Accepted> start(@Valid @RequestBody InterventionRequests.Start request) {
		InterventionId id = InterventionId.random();
		this.commands.sendAndWait(request.toCommand(id));
		return ResponseEntity.created(URI.create("/api/interventions/" + id)).body(new Accepted(id.toString(), 0));
	}

	@PutMapping("/{interventionId}/goals")
	Accepted setGoals(@PathVariable UUID interventionId, @Valid @RequestBody InterventionRequests.Goals request) {
		return send(interventionId, request.toCommand(new InterventionId(interventionId)));
	}

	@PostMapping("/{interventionId}/extension")
	Accepted extend(@PathVariable UUID interventionId, @Valid @RequestBody InterventionRequests.Extension request) {
		return send(interventionId, new ExtendIntervention(new InterventionId(interventionId),
				request.expectedVersion(), request.newEnd(), request.decision().toReference()));
	}

	@PutMapping("/{interventionId}/budget")
	Accepted changeBudget(@PathVariable UUID interventionId, @Valid @RequestBody InterventionRequests.Budget request) {
		return send(interventionId,
				new ChangeInterventionBudget(new InterventionId(interventionId), request.expectedVersion(),
						request.budget().stream().map(AnnualAmountInput::toAmount).toList(),
						request.decision().toReference()));
	}

	@PostMapping("/{interventionId}/closing")
	Accepted close(@PathVariable UUID interventionId, @Valid @RequestBody InterventionRequests.Closing request) {
		return send(interventionId, new CloseIntervention(new InterventionId(interventionId), request.expectedVersion(),
				request.closedOn(), request.decision().toReference()));
	}

	@PutMapping("/{interventionId}/report-schedule")
	Accepted setSchedule(@PathVariable UUID interventionId, @Valid @RequestBody InterventionRequests.Schedule request) {
		return send(interventionId, request.toCommand(new InterventionId(interventionId)));
	}

	/** A new report's id is in the answer's {@code Location}, for a later correction. */
	@PostMapping("/{interventionId}/reports")
	ResponseEntity<Accepted> fileReport(@PathVariable UUID interventionId,
			@Valid @RequestBody InterventionRequests.Report request) {
		UUID reportId = UUID.randomUUID();
		Accepted accepted = send(interventionId,
				request.toCommand(new InterventionId(interventionId), reportId, LocalDate.now(this.clock)));
		return ResponseEntity.created(URI.create("/api/interventions/" + interventionId + "/reports/" + reportId))
			.body(accepted);
	}

	@PostMapping("/{interventionId}/disbursements")
	Accepted recordDisbursement(@PathVariable UUID interventionId,
			@Valid @RequestBody InterventionRequests.Disbursement request) {
		return send(interventionId, new RecordDisbursement(new InterventionId(interventionId), request.paidOn(),
				Money.ofKronor(request.amount())));
	}

	private Accepted send(UUID interventionId, Object command) {
		long version = this.commands.sendAndWait(command);
		return new Accepted(interventionId.toString(), version);
	}

	/** The intervention a command was recorded on and its version afterwards. */
	record Accepted(String interventionId, long version) {
	}

}
