package se.finsam.command.plan;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.command.plan.file.PlanFileException;
import se.finsam.command.plan.file.PlanFileReader;
import se.finsam.events.AssociationId;
import se.finsam.events.PlanId;
import se.finsam.platform.web.ApiErrorHandler;

/** Loads a plan file (docs/plan-file-format.md) into an association as a draft. */
@RestController
class PlanImportController {

	private final CommandGateway commands;

	PlanImportController(CommandGateway commands) {
		this.commands = commands;
	}

	@PostMapping(path = "/api/associations/{associationId}/plans/import",
			consumes = { "application/yaml", "application/x-yaml", "text/yaml", "text/plain" })
	ResponseEntity<PlanController.Accepted> importPlan(@PathVariable UUID associationId, @RequestBody String file) {
		PlanFileReader plan = PlanFileReader.read(file);
		AssociationId association = new AssociationId(associationId);
		PlanId id = PlanId.of(association, plan.year());
		long version = this.commands
			.sendAndWait(new ImportPlan(id, association, plan.year(), plan.lines(), plan.goals(), plan.stated(),
					plan.openingEquity(), "Verksamhetsplan och budget " + plan.year() + " (inläst fil)"));
		return ResponseEntity.created(URI.create("/api/plans/" + id))
			.body(new PlanController.Accepted(id.toString(), version));
	}

	@ExceptionHandler(PlanFileException.class)
	ProblemDetail unreadable(PlanFileException ex) {
		return ApiErrorHandler.badRequest("Planfilen kunde inte läsas",
				List.of(new ApiErrorHandler.FieldError("plan-file", "", ex.getMessage())));
	}

}
