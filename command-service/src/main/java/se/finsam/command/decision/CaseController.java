package se.finsam.command.decision;

import java.util.UUID;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.command.meeting.AddAgendaItem;
import se.finsam.command.meeting.DecideItem;
import se.finsam.command.meeting.DeferItem;
import se.finsam.command.meeting.ItemNumbered;
import se.finsam.command.meeting.ItemOutcome;
import se.finsam.command.shared.RuleViolation;
import se.finsam.events.MeetingId;

/**
 * The agenda and the board's decisions on it. Each call is one command that also updates
 * the application and the budget it concerns, atomically.
 */
@RestController
@RequestMapping("/api/meetings/{meetingId}")
class CaseController {

	private final CommandGateway commands;

	CaseController(CommandGateway commands) {
		this.commands = commands;
	}

	@PostMapping("/agenda")
	Numbered putOnAgenda(@PathVariable UUID meetingId, @Valid @RequestBody CaseRequests.AgendaItem request) {
		ItemNumbered numbered = this.commands.sendAndWait(new PutOnAgenda(new AddAgendaItem(new MeetingId(meetingId),
				request.expectedVersion(), request.title().strip(), request.type(), request.application(),
				(request.refersTo() != null) ? request.refersTo().toReference() : null)));
		return new Numbered(meetingId.toString(), numbered.version(), numbered.reference().item(),
				numbered.reference().citation());
	}

	@PostMapping("/items/{item}/decision")
	Decided decide(@PathVariable UUID meetingId, @PathVariable int item,
			@Valid @RequestBody CaseRequests.Decision request) {
		String wording = request.wording();
		if (wording == null) {
			throw RuleViolation.of("decision.resolution-required", "resolution",
					"Skriv beslutet som det ska stå i protokollet.");
		}
		ItemOutcome outcome = this.commands.sendAndWait(new DecideCase(
				new DecideItem(new MeetingId(meetingId), request.expectedVersion(), item, wording, request.castVotes(),
						request.dissent(), request.castingVote(), request.lot()),
				(request.motion() != null) ? request.motion().toMotion() : null));
		return Decided.of(meetingId, outcome);
	}

	@PostMapping("/items/{item}/deferral")
	Decided defer(@PathVariable UUID meetingId, @PathVariable int item,
			@Valid @RequestBody CaseRequests.Deferral request) {
		ItemOutcome outcome = this.commands.sendAndWait(new DeferCase(
				new DeferItem(new MeetingId(meetingId), request.expectedVersion(), item, request.reason().strip())));
		return Decided.of(meetingId, outcome);
	}

	/** The new item: its § number and how the minutes cite it. */
	record Numbered(String meetingId, long version, int item, String citation) {
	}

	/** What became of the item, and how the minutes cite the decision. */
	record Decided(String meetingId, long version, String outcome, String citation) {

		static Decided of(UUID meetingId, ItemOutcome outcome) {
			return new Decided(meetingId.toString(), outcome.version(), outcome.outcome().name(),
					outcome.decision().citation());
		}

	}

}
