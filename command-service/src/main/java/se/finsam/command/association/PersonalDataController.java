package se.finsam.command.association;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.events.AssociationId;

/**
 * Erasure of a person's personal data in an association (docs/personal-data.md).
 * Administrators only (the access matrix); the query side lists the subjects to choose
 * from.
 */
@RestController
@RequestMapping("/api/associations/{associationId}/personal-data")
class PersonalDataController {

	private final CommandGateway commands;

	PersonalDataController(CommandGateway commands) {
		this.commands = commands;
	}

	@PostMapping("/erasures")
	AssociationController.Accepted erase(@PathVariable UUID associationId, @Valid @RequestBody Erasure request) {
		long version = this.commands
			.sendAndWait(new ErasePersonalData(new AssociationId(associationId), request.subject(), request.reason()));
		return new AssociationController.Accepted(associationId.toString(), version);
	}

	record Erasure(@NotNull(message = "Ange vilken person som ska raderas.") UUID subject,
			@NotBlank(message = "Ange skälet till raderingen, t.ex. den rättsliga grunden.") @Size(max = 500,
					message = "Skälet får vara högst 500 tecken.") String reason) {
	}

}
