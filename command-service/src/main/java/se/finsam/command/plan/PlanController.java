package se.finsam.command.plan;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.events.AssociationId;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PlanId;

/** Commands on activity plans and budgets. */
@RestController
@RequestMapping("/api/plans")
class PlanController {

	private final CommandGateway commands;

	private final Clock clock;

	PlanController(CommandGateway commands, Clock clock) {
		this.commands = commands;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<Accepted> draft(@Valid @RequestBody PlanRequests.Draft request) {
		AssociationId association = new AssociationId(request.associationId());
		PlanId id = PlanId.of(association, request.year());
		this.commands.sendAndWait(new DraftPlan(id, association, request.year(),
				request.lines().stream().map(PlanRequests.Line::toLine).toList()));
		return ResponseEntity.created(URI.create("/api/plans/" + id)).body(new Accepted(id.toString(), 0));
	}

	@PutMapping("/{planId}/draft")
	Accepted amendDraft(@PathVariable UUID planId, @Valid @RequestBody PlanRequests.Amendment request) {
		return send(planId, new AmendDraft(new PlanId(planId), request.expectedVersion(),
				request.lines().stream().map(PlanRequests.Line::toLine).toList()));
	}

	@PostMapping("/{planId}/consultation")
	Accepted sendForConsultation(@PathVariable UUID planId, @Valid @RequestBody PlanRequests.Consultation request) {
		long version = this.commands.sendAndWait(
				new SendPlanForConsultation(new PlanId(planId), request.expectedVersion(), LocalDate.now(this.clock)));
		return new Accepted(planId.toString(), version);
	}

	@PostMapping("/{planId}/adoption")
	Accepted adopt(@PathVariable UUID planId, @Valid @RequestBody PlanRequests.Adoption request) {
		long version = this.commands.sendAndWait(
				new AdoptPlan(new PlanId(planId), request.expectedVersion(), request.decision().toReference()));
		return new Accepted(planId.toString(), version);
	}

	@PostMapping("/{planId}/revisions")
	Accepted revise(@PathVariable UUID planId, @Valid @RequestBody PlanRequests.Revision request) {
		long version = this.commands.sendAndWait(new ReviseBudget(new PlanId(planId), request.expectedVersion(),
				request.changedLines().stream().map(PlanRequests.Line::toLine).toList(), request.reason(),
				request.decision().toReference()));
		return new Accepted(planId.toString(), version);
	}

	@PutMapping("/{planId}/goals")
	Accepted setGoals(@PathVariable UUID planId, @Valid @RequestBody PlanRequests.Goals request) {
		return send(planId, new SetPlanGoals(new PlanId(planId), request.expectedVersion(), request.goals().toGoals()));
	}

	@PutMapping("/{planId}/stated-figures")
	Accepted stateFigures(@PathVariable UUID planId, @Valid @RequestBody PlanRequests.Figures request) {
		return send(planId, new StatePlanFigures(new PlanId(planId), request.expectedVersion(),
				request.figures().stream().map(PlanRequests.Figure::toFigure).toList()));
	}

	@PutMapping("/{planId}/opening-equity")
	Accepted recordOpeningEquity(@PathVariable UUID planId, @Valid @RequestBody PlanRequests.OpeningEquity request) {
		return send(planId, new RecordOpeningEquity(new PlanId(planId), request.expectedVersion(),
				Money.ofKronor(request.amount()), request.source()));
	}

	@PutMapping("/{planId}/pledges/{budgetYear}")
	Accepted pledge(@PathVariable UUID planId, @PathVariable int budgetYear,
			@Valid @RequestBody PlanRequests.Pledges request) {
		return send(planId, request.toCommand(new PlanId(planId), budgetYear));
	}

	@PostMapping("/{planId}/payments")
	Accepted recordPayment(@PathVariable UUID planId, @Valid @RequestBody PlanRequests.Payment request) {
		return send(planId, new RecordContributionPayment(new PlanId(planId), request.budgetYear(),
				OrganisationNumber.of(request.member()), request.receivedOn(), Money.ofKronor(request.amount())));
	}

	@PostMapping("/{planId}/outcomes")
	Accepted recordOutcome(@PathVariable UUID planId, @Valid @RequestBody PlanRequests.Outcome request) {
		return send(planId, new RecordOutcome(new PlanId(planId), request.budgetYear(), request.lineCode(),
				request.asOf(), Money.ofKronor(request.amount()), request.source()));
	}

	@PostMapping("/{planId}/closing")
	Accepted close(@PathVariable UUID planId, @Valid @RequestBody PlanRequests.Closing request) {
		return send(planId, new ClosePlan(new PlanId(planId), request.expectedVersion(),
				request.decision().toReference(), Money.ofKronor(request.closingEquity())));
	}

	private Accepted send(UUID planId, Object command) {
		long version = this.commands.sendAndWait(command);
		return new Accepted(planId.toString(), version);
	}

	/** The plan a command was recorded on and its version afterwards. */
	record Accepted(String planId, long version) {
	}

}
