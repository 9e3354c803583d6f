package se.finsam.command.eventstore;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UniqueViolationResolverTest {

	private final UniqueViolationResolver resolver = new UniqueViolationResolver();

	@Test
	void findsTheUniqueViolationDeepInTheCauseChain() {
		Exception wrapped = new RuntimeException(
				new IllegalStateException(new SQLException("duplicate key", UniqueViolationResolver.UNIQUE_VIOLATION)));
		assertThat(this.resolver.isDuplicateKeyViolation(wrapped)).isTrue();
	}

	@Test
	void findsItBehindABatchFailure() {
		BatchUpdateException batch = new BatchUpdateException("batch failed", "25P02", new int[0]);
		batch.setNextException(new SQLException("duplicate key", UniqueViolationResolver.UNIQUE_VIOLATION));
		assertThat(this.resolver.isDuplicateKeyViolation(batch)).isTrue();
	}

	@Test
	void otherDatabaseErrorsAreNotConflicts() {
		assertThat(this.resolver.isDuplicateKeyViolation(new SQLException("no connection", "08001"))).isFalse();
		assertThat(this.resolver.isDuplicateKeyViolation(new RuntimeException("plain"))).isFalse();
	}

}
