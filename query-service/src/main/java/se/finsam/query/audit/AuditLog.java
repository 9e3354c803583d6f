package se.finsam.query.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The audit trail for other read models (internal control): an association's events up to
 * a day.
 */
@Component
public class AuditLog {

	private final AuditRepository repository;

	private final AuditSentences sentences;

	AuditLog(AuditRepository repository, AuditSentences sentences) {
		this.repository = repository;
		this.sentences = sentences;
	}

	public List<AuditEntry> eventsUntil(UUID associationId, Instant until) {
		return this.repository.find(associationId, new AuditFilter(null, null, until, null, null, null), 0,
				Integer.MAX_VALUE, this.sentences);
	}

}
