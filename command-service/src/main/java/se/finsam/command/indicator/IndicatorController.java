package se.finsam.command.indicator;

import java.util.UUID;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.finsam.events.AssociationId;
import se.finsam.events.IndicatorSurveyId;

/**
 * The year's quality indicator results, for the association or one of its interventions.
 */
@RestController
@RequestMapping("/api/associations/{associationId}/indicators")
class IndicatorController {

	private final CommandGateway commands;

	IndicatorController(CommandGateway commands) {
		this.commands = commands;
	}

	@PutMapping("/{year}")
	Accepted record(@PathVariable UUID associationId, @PathVariable int year,
			@Valid @RequestBody IndicatorRequests.Results request) {
		AssociationId association = new AssociationId(associationId);
		long version = this.commands.sendAndWait(request.toCommand(association, year));
		return new Accepted(IndicatorSurveyId.of(association, year).toString(), version);
	}

	/** The survey record the results were recorded on and its version afterwards. */
	record Accepted(String surveyId, long version) {
	}

}
