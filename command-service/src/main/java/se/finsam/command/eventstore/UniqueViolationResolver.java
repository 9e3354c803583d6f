package se.finsam.command.eventstore;

import java.sql.SQLException;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Recognises PostgreSQL's unique violation (SQLState 23505) anywhere in the cause chain,
 * so that a second writer of the same (aggregate, sequence) gets a concurrency conflict
 * instead of a generic storage error. Axon's default resolver misses it.
 */
class UniqueViolationResolver implements PersistenceExceptionResolver {

	static final String UNIQUE_VIOLATION = "23505";

	@Override
	public boolean isDuplicateKeyViolation(Exception exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static boolean isUniqueViolation(SQLException exception) {
		for (SQLException next = exception; next != null; next = next.getNextException()) {
			if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
