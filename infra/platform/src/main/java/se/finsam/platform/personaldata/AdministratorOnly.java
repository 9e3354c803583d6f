package se.finsam.platform.personaldata;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import se.finsam.platform.security.CurrentUser;
import se.finsam.platform.web.ApiErrorHandler;

/**
 * Who may see and erase data subjects: administrators, until the authorisation matrix
 * covers it. Refusals are answered 403.
 */
@RestControllerAdvice
public class AdministratorOnly {

	private static final String ADMIN = "ADMIN";

	/** Throws unless the current user is an administrator. */
	public static void require() {
		if (CurrentUser.fromSecurityContext().filter((user) -> user.roles().contains(ADMIN)).isEmpty()) {
			throw new Refused();
		}
	}

	@ExceptionHandler(Refused.class)
	ProblemDetail refused() {
		return ApiErrorHandler.problem(HttpStatus.FORBIDDEN, "administrator-required", "Endast administratörer",
				List.of());
	}

	static final class Refused extends RuntimeException {

		Refused() {
			super("Endast administratörer får hantera personuppgifter.");
		}

	}

}
