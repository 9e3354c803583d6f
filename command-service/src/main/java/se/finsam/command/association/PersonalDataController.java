package se.finsam.command.association;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.events.AssociationId;
import se.finsam.platform.personaldata.SubjectKeyStore;
import se.finsam.platform.security.CurrentUser;
import se.finsam.platform.web.ApiErrorHandler;

/**
 * The people named in an association's events (data subjects) and their erasure
 * (docs/personal-data.md). Administrators only.
 */
@RestController
@RequestMapping("/api/associations/{associationId}/personal-data")
class PersonalDataController {

	private static final String ADMIN = "ADMIN";

	private final CommandGateway commands;

	private final SubjectKeyStore keys;

	PersonalDataController(CommandGateway commands, SubjectKeyStore keys) {
		this.commands = commands;
		this.keys = keys;
	}

	/**
	 * The association's subjects not erased, optionally those whose name contains a text.
	 */
	@GetMapping("/subjects")
	Subjects subjects(@PathVariable UUID associationId, @RequestParam(required = false) String name) {
		requireAdministrator();
		String wanted = (name != null) ? name.strip().toLowerCase() : "";
		return new Subjects(this.keys.subjects(new AssociationId(associationId))
			.stream()
			.filter((subject) -> subject.name().toLowerCase().contains(wanted))
			.toList());
	}

	@PostMapping("/erasures")
	AssociationController.Accepted erase(@PathVariable UUID associationId, @Valid @RequestBody Erasure request) {
		requireAdministrator();
		long version = this.commands
			.sendAndWait(new ErasePersonalData(new AssociationId(associationId), request.subject(), request.reason()));
		return new AssociationController.Accepted(associationId.toString(), version);
	}

	@ExceptionHandler(AdministratorRequired.class)
	ProblemDetail forbidden() {
		return ApiErrorHandler.problem(HttpStatus.FORBIDDEN, "administrator-required", "Endast administratörer",
				List.of());
	}

	/** Until the authorisation matrix covers it: erasure is for administrators. */
	private static void requireAdministrator() {
		if (CurrentUser.fromSecurityContext().filter((user) -> user.roles().contains(ADMIN)).isEmpty()) {
			throw new AdministratorRequired();
		}
	}

	record Subjects(List<SubjectKeyStore.Subject> subjects) {
	}

	record Erasure(@NotNull(message = "Ange vilken person som ska raderas.") UUID subject,
			@NotBlank(message = "Ange skälet till raderingen, t.ex. den rättsliga grunden.") @Size(max = 500,
					message = "Skälet får vara högst 500 tecken.") String reason) {
	}

	private static final class AdministratorRequired extends RuntimeException {

		AdministratorRequired() {
			super("Endast administratörer får hantera personuppgifter");
		}

	}

}
