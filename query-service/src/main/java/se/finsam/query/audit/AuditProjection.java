package se.finsam.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.serialization.Revision;

import org.springframework.stereotype.Component;

import se.finsam.events.AssociationEvent;
import se.finsam.events.EventMetadata;
import se.finsam.events.association.PersonalDataErased;
import se.finsam.query.PersonalNames;

/**
 * Keeps every event of every association, with who did it and the data as published, so
 * that an auditor can replay the year. Idempotent by event id; rebuilt from the topic on
 * reset.
 */
@Component
@ProcessingGroup(AuditProjection.PROCESSING_GROUP)
class AuditProjection {

	static final String PROCESSING_GROUP = "audit";

	private final AuditRepository repository;

	private final ObjectMapper json;

	private final PersonalNames names;

	AuditProjection(AuditRepository repository, ObjectMapper json, PersonalNames names) {
		this.repository = repository;
		this.json = json;
		this.names = names;
	}

	@EventHandler
	void on(AssociationEvent event, EventMessage<?> message) {
		String aggregateType = null;
		String aggregateId = null;
		long sequence = 0;
		if (message instanceof DomainEventMessage<?> domain) {
			aggregateType = domain.getType();
			aggregateId = domain.getAggregateIdentifier();
			sequence = domain.getSequenceNumber();
		}
		JsonNode data = this.json.valueToTree(event);
		this.repository.insert(event.associationId().value(),
				new AuditEntry(message.getIdentifier(), message.getTimestamp(), event.getClass().getSimpleName(),
						revision(event), aggregateType, aggregateId, sequence, text(message, EventMetadata.USER_ID),
						text(message, EventMetadata.ORGANISATION), text(message, EventMetadata.ROLES),
						text(message, EventMetadata.CORRELATION_ID), text(message, EventMetadata.CAUSATION_ID), null,
						null, data));
		this.names.remember(PROCESSING_GROUP, event);
		if (event instanceof PersonalDataErased erased) {
			this.repository.blank(event.associationId().value(), this.names.forget(PROCESSING_GROUP, erased.subject()));
		}
	}

	@ResetHandler
	void reset() {
		this.repository.deleteAll();
		this.names.forgetAll(PROCESSING_GROUP);
	}

	private static String revision(Object event) {
		Revision revision = event.getClass().getAnnotation(Revision.class);
		return (revision != null) ? revision.value() : null;
	}

	private static String text(EventMessage<?> message, String key) {
		Object value = message.getMetaData().get(key);
		return (value != null) ? value.toString() : null;
	}

}
