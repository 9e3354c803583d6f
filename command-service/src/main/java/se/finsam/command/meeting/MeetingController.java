package se.finsam.command.meeting;

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

import se.finsam.events.MeetingId;

/**
 * Commands on board meetings. Agenda items, decisions and deferrals are sent by the
 * components that also update applications and budgets, so they have no endpoint here.
 * Changes name the version they build on; if someone else changed the meeting in between,
 * the answer is 409 and nothing is recorded.
 */
@RestController
@RequestMapping("/api/meetings")
class MeetingController {

	/** Minutes are signed on a Swedish calendar day, whatever the server's zone. */
	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final CommandGateway commands;

	private final Clock clock;

	MeetingController(CommandGateway commands, ObjectProvider<Clock> clock) {
		this.commands = commands;
		this.clock = clock.getIfUnique(Clock::systemDefaultZone).withZone(SWEDEN);
	}

	@PostMapping
	ResponseEntity<Accepted> schedule(@Valid @RequestBody MeetingRequests.Schedule request) {
		MeetingId id = MeetingId.random();
		this.commands.sendAndWait(request.toCommand(id));
		return ResponseEntity.created(URI.create("/api/meetings/" + id)).body(new Accepted(id.toString(), 0));
	}

	@PostMapping("/{meetingId}/attendance")
	Accepted recordAttendance(@PathVariable UUID meetingId, @Valid @RequestBody MeetingRequests.Attendance request) {
		return send(meetingId, request.toCommand(new MeetingId(meetingId)));
	}

	@PostMapping("/{meetingId}/items/{item}/conflicts")
	Accepted declareConflict(@PathVariable UUID meetingId, @PathVariable int item,
			@Valid @RequestBody MeetingRequests.Conflict request) {
		return send(meetingId, request.toCommand(new MeetingId(meetingId), item));
	}

	@PutMapping("/{meetingId}/checker")
	Accepted appointChecker(@PathVariable UUID meetingId, @Valid @RequestBody MeetingRequests.Checker request) {
		return send(meetingId, request.toCommand(new MeetingId(meetingId)));
	}

	@PostMapping("/{meetingId}/minutes/signatures")
	Accepted signMinutes(@PathVariable UUID meetingId, @Valid @RequestBody MeetingRequests.Signature request) {
		return send(meetingId, request.toCommand(new MeetingId(meetingId), LocalDate.now(this.clock)));
	}

	private Accepted send(UUID meetingId, Object command) {
		long version = this.commands.sendAndWait(command);
		return new Accepted(meetingId.toString(), version);
	}

	/** The meeting a command was recorded on and its version afterwards. */
	record Accepted(String meetingId, long version) {
	}

}
