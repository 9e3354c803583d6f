package se.finsam.command.metadata;

/**
 * A command arrived without an authenticated user; it is refused before any handler runs.
 */
public class UnauthenticatedCommandException extends RuntimeException {

	UnauthenticatedCommandException() {
		super("Kommandot saknar inloggad användare och har inte utförts. Logga in och försök igen.");
	}

}
