package se.finsam.command.association;

import java.net.URI;
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

import se.finsam.command.shared.OrganisationNumberFormat;
import se.finsam.events.AssociationId;
import se.finsam.events.OrganisationNumber;

/**
 * Commands on associations. Changes to an existing association name the version they
 * build on; if someone else changed it in between, the answer is 409 and nothing is
 * recorded.
 */
@RestController
@RequestMapping("/api/associations")
class AssociationController {

	private final CommandGateway commands;

	AssociationController(CommandGateway commands) {
		this.commands = commands;
	}

	@PostMapping
	ResponseEntity<Accepted> register(@Valid @RequestBody AssociationRequests.Registration request) {
		AssociationId id = AssociationId.random();
		this.commands.sendAndWait(new RegisterAssociation(id, request.name(),
				OrganisationNumber.of(request.organisationNumber()),
				request.members().stream().map(AssociationRequests.Member::toMember).toList(), request.boardSeats()));
		return ResponseEntity.created(URI.create("/api/associations/" + id)).body(new Accepted(id.toString(), 0));
	}

	@PostMapping("/{associationId}/members")
	Accepted addMember(@PathVariable UUID associationId, @Valid @RequestBody AssociationRequests.NewMember request) {
		long version = this.commands.sendAndWait(new AddMemberOrganisation(new AssociationId(associationId),
				request.expectedVersion(), request.member().toMember()));
		return new Accepted(associationId.toString(), version);
	}

	@PutMapping("/{associationId}/board/{memberOrganisation}")
	Accepted assignSeat(@PathVariable UUID associationId,
			@PathVariable @OrganisationNumberFormat String memberOrganisation,
			@Valid @RequestBody AssociationRequests.SeatAssignment request) {
		long version = this.commands.sendAndWait(new AssignBoardSeat(new AssociationId(associationId),
				request.expectedVersion(), request.toSeat(memberOrganisation)));
		return new Accepted(associationId.toString(), version);
	}

	@PutMapping("/{associationId}/charter")
	Accepted setCharter(@PathVariable UUID associationId, @Valid @RequestBody CharterRequest request) {
		long version = this.commands.sendAndWait(request.toCommand(new AssociationId(associationId)));
		return new Accepted(associationId.toString(), version);
	}

	/** The association a command was recorded on and its version afterwards. */
	record Accepted(String associationId, long version) {
	}

}
