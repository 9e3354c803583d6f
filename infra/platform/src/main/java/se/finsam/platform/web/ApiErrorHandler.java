package se.finsam.platform.web;

import java.util.List;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import se.finsam.platform.security.AccessRefused;
import se.finsam.platform.security.CurrentUser;
import se.finsam.platform.security.NotVisible;
import se.finsam.platform.security.SecurityLog;

/**
 * Input errors common to both services, answered as RFC 9457 problem details in Swedish,
 * with one entry per offending field so that a form can show each message where it
 * belongs.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class ApiErrorHandler {

	private final SecurityLog securityLog;

	public ApiErrorHandler(SecurityLog securityLog) {
		this.securityLog = securityLog;
	}

	/** Refused by the access matrix: 403, and a line in the security log. */
	@ExceptionHandler(AccessRefused.class)
	public ProblemDetail refused(AccessRefused ex, HttpServletRequest request) {
		logRefusal(ex, request);
		return problem(HttpStatus.FORBIDDEN, "access.denied", "Åtkomst nekad", List.of(new FieldError("access.denied",
				"", "Du har inte behörighet att göra detta. Kontakta förbundets kansli om du borde ha det.")));
	}

	/**
	 * Another association's (or organisation's) data: answered exactly like something
	 * that does not exist, and a line in the security log.
	 */
	@ExceptionHandler(NotVisible.class)
	public ProblemDetail notVisible(NotVisible ex, HttpServletRequest request) {
		logRefusal(ex, request);
		return problem(HttpStatus.NOT_FOUND, "not-found", "Finns inte",
				List.of(new FieldError("not-found", "", "Det du söker finns inte.")));
	}

	private void logRefusal(RuntimeException ex, HttpServletRequest request) {
		this.securityLog.refused(CurrentUser.fromSecurityContext().map(CurrentUser::userId).orElse("(not signed in)"),
				request.getMethod() + " " + request.getRequestURI(), ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalidInput(MethodArgumentNotValidException ex) {
		List<FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldError("input." + error.getCode(), error.getField(), error.getDefaultMessage()))
			.sorted((a, b) -> a.field().compareTo(b.field()))
			.toList();
		return badRequest("Uppgifterna behöver rättas", errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof PlainValues.Refused refused) {
				return badRequest("Uppgifterna behöver rättas",
						List.of(new FieldError("input.refused", fieldPath(refused), refused.getOriginalMessage())));
			}
		}
		return badRequest("Uppgifterna kunde inte läsas", List.of(new FieldError("input.unreadable", "",
				"Kontrollera att alla fält har rätt form (t.ex. datum som 2025-10-10).")));
	}

	/** The refused value's place in the request, as a form names it: members[2].name. */
	private static String fieldPath(JsonMappingException refused) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : refused.getPath()) {
			if (reference.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badPathValue(MethodArgumentTypeMismatchException ex) {
		return badRequest("Ogiltig adress",
				List.of(new FieldError("input.path", ex.getName(), "Värdet har fel form.")));
	}

	/** A 400 with a Swedish title and the field errors. */
	public static ProblemDetail badRequest(String title, List<FieldError> errors) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", title, errors);
	}

	/**
	 * A problem with a stable {@code code} for programs, a Swedish title and detail for
	 * people, and the field errors (each with its own code) for forms.
	 */
	public static ProblemDetail problem(HttpStatus status, String code, String title, List<FieldError> errors) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(title);
		problem.setDetail(errors.stream().map(FieldError::message).reduce((a, b) -> a + " " + b).orElse(title));
		problem.setProperty("code", code);
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * One rejected field: a stable code, its path in the request and what the user should
	 * do.
	 */
	public record FieldError(String code, String field, String message) {
	}

}
