package se.finsam.command.shared;

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
import se.finsam.platform.web.ApiErrorHandler;

/**
 * How a refused command is answered: broken rules 400, unknown aggregate 404, a
 * concurrent change 409 (the user reloads and tries again), no user 401.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandErrorHandler {

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail ruleViolation(RuleViolation ex) {
		return ApiErrorHandler.badRequest("Uppgifterna följer inte reglerna",
				ex.broken()
					.stream()
					.map((broken) -> new ApiErrorHandler.FieldError(broken.field(), broken.message()))
					.toList());
	}

	@ExceptionHandler(AggregateNotFoundException.class)
	ProblemDetail notFound(AggregateNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		problem.setTitle("Finns inte");
		problem.setDetail("Det du försöker ändra finns inte. Kontrollera adressen.");
		return problem;
	}

	/**
	 * Version conflicts (stale expected version) and duplicate (aggregate, sequence)
	 * writes.
	 */
	@ExceptionHandler({ ConflictingModificationException.class, ConcurrencyException.class })
	ProblemDetail conflict(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
		problem.setTitle("Någon annan hann före");
		problem.setDetail("Uppgifterna har ändrats av någon annan sedan du hämtade dem. "
				+ "Hämta dem igen och gör om din ändring.");
		return problem;
	}

	@ExceptionHandler(UnauthenticatedCommandException.class)
	ProblemDetail unauthenticated(UnauthenticatedCommandException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED);
		problem.setTitle("Inloggning krävs");
		problem.setDetail(ex.getMessage());
		return problem;
	}

	/** A command bus that wraps the handler's exception: answer for the cause. */
	@ExceptionHandler(CommandExecutionException.class)
	ProblemDetail wrapped(CommandExecutionException ex) throws Throwable {
		Throwable cause = ex.getCause();
		if (cause instanceof RuleViolation violation) {
			return ruleViolation(violation);
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
