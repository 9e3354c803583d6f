package se.finsam.query.audit;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event in the audit trail: when, who (user, organisation, roles), what (type, a
 * Swedish sentence and the raw data), on which aggregate, and the board decision it cites
 * where it cites one.
 */
public record AuditEntry(String eventId, Instant at, String type, String revision, String aggregateType,
		String aggregateId, long sequence, String user, String organisation, String roles, String correlationId,
		String causationId, String decision, String sentence, JsonNode data) {

}
