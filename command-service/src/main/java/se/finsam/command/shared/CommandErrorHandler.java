package se.finsam.command.shared;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.finsam.command.metadata.UnauthenticatedCommandException;
import se.finsam.platform.security.AccessRefused;
import se.finsam.platform.security.NotVisible;
import se.finsam.platform.web.ApiErrorHandler;
import se.finsam.platform.web.ApiErrorHandler.FieldError;

/**
 * How a refused command is answered: a broken domain rule 422 (each rule with its code),
 * unknown aggregate 404, a concurrent change or a state that no longer allows the change
 * 409 (the user reloads and tries again), no user 401, not allowed 403, another
 * association's aggregate 404. Bad input is 400, answered by {@link ApiErrorHandler}
 * before any command exists.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandErrorHandler {

	private final ApiErrorHandler apiErrors;

	CommandErrorHandler(ApiErrorHandler apiErrors) {
		this.apiErrors = apiErrors;
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail ruleViolation(RuleViolation ex) {
		return ApiErrorHandler.problem(HttpStatus.UNPROCESSABLE_ENTITY, "rule-violated",
				"Uppgifterna följer inte reglerna",
				ex.broken()
					.stream()
					.map((broken) -> new FieldError(broken.code(), broken.field(), broken.message()))
					.toList());
	}

	@ExceptionHandler(StateConflict.class)
	ProblemDetail stateConflict(StateConflict ex) {
		return ApiErrorHandler.problem(HttpStatus.CONFLICT, ex.code(), "Det går inte längre att ändra",
				List.of(new FieldError(ex.code(), "", ex.getMessage())));
	}

	@ExceptionHandler(AggregateNotFoundException.class)
	ProblemDetail notFound(AggregateNotFoundException ex) {
		return ApiErrorHandler.problem(HttpStatus.NOT_FOUND, "not-found", "Finns inte",
				List.of(new FieldError("not-found", "", "Det du försöker ändra finns inte. Kontrollera adressen.")));
	}

	/**
	 * Version conflicts (stale expected version) and duplicate (aggregate, sequence)
	 * writes.
	 */
	@ExceptionHandler({ ConflictingModificationException.class, ConcurrencyException.class,
			AggregateStreamCreationException.class })
	ProblemDetail conflict(RuntimeException ex) {
		return ApiErrorHandler.problem(HttpStatus.CONFLICT, "stale-version", "Någon annan hann före",
				List.of(new FieldError("stale-version", "expectedVersion",
						"Uppgifterna har ändrats av någon annan sedan du hämtade dem. "
								+ "Hämta dem igen och gör om din ändring.")));
	}

	@ExceptionHandler(UnauthenticatedCommandException.class)
	ProblemDetail unauthenticated(UnauthenticatedCommandException ex) {
		return ApiErrorHandler.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Inloggning krävs",
				List.of(new FieldError("unauthenticated", "", ex.getMessage())));
	}

	/** A command bus that wraps the handler's exception: answer for the cause. */
	@ExceptionHandler(CommandExecutionException.class)
	ProblemDetail wrapped(CommandExecutionException ex, HttpServletRequest request) throws Throwable {
		Throwable cause = ex.getCause();
		if (cause instanceof AccessRefused refused) {
			return this.apiErrors.refused(refused, request);
		}
		if (cause instanceof NotVisible hidden) {
			return this.apiErrors.notVisible(hidden, request);
		}
		if (cause instanceof RuleViolation violation) {
			return ruleViolation(violation);
		}
		if (cause instanceof StateConflict conflict) {
			return stateConflict(conflict);
		}
		if (cause instanceof AggregateNotFoundException missing) {
			return notFound(missing);
		}
		if (cause instanceof ConflictingModificationException || cause instanceof ConcurrencyException
				|| cause instanceof AggregateStreamCreationException) {
			return conflict((RuntimeException) cause);
		}
		throw (cause != null) ? cause : ex;
	}

}
