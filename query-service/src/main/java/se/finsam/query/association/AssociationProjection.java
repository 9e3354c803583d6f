package se.finsam.query.association;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;

import org.springframework.stereotype.Component;

import se.finsam.events.EventMetadata;
import se.finsam.events.association.AssociationRegistered;
import se.finsam.events.association.BoardSeatAssigned;
import se.finsam.events.association.CharterRulesSet;
import se.finsam.events.association.MemberOrganisationAdded;
import se.finsam.events.association.PersonalDataErased;
import se.finsam.query.PersonalNames;

/**
 * Builds the association register from Kafka. Runs in the tracking processor's
 * transaction, which also stores the processor's Kafka position: rows and position commit
 * together. Each handler first advances the row's version; an event at or below it was
 * applied before and changes nothing.
 */
@Component
@ProcessingGroup(AssociationProjection.PROCESSING_GROUP)
class AssociationProjection {

	static final String PROCESSING_GROUP = "association";

	private final AssociationRepository repository;

	private final PersonalNames names;

	AssociationProjection(AssociationRepository repository, PersonalNames names) {
		this.repository = repository;
		this.names = names;
	}

	@EventHandler
	void on(AssociationRegistered event, @Timestamp Instant at,
			@MetaDataValue(EventMetadata.USER_ID) String registeredBy) {
		UUID id = event.associationId().value();
		if (this.repository.insert(id, event.name(), event.organisationNumber().value(), at,
				(registeredBy != null) ? registeredBy : "")) {
			event.members().forEach((member) -> this.repository.addMember(id, member, at));
			event.board().forEach((seat) -> this.repository.putSeat(id, seat));
			this.names.remember(PROCESSING_GROUP, event);
		}
	}

	@EventHandler
	void on(MemberOrganisationAdded event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID id = event.associationId().value();
		if (this.repository.advance(id, sequence, at)) {
			this.repository.addMember(id, event.member(), at);
		}
	}

	@EventHandler
	void on(BoardSeatAssigned event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID id = event.associationId().value();
		if (this.repository.advance(id, sequence, at)) {
			this.repository.putSeat(id, event.seat());
			this.names.remember(PROCESSING_GROUP, event);
		}
	}

	@EventHandler
	void on(CharterRulesSet event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID id = event.associationId().value();
		if (this.repository.advance(id, sequence, at)) {
			this.repository.putCharter(id, event);
			this.names.remember(PROCESSING_GROUP, event);
		}
	}

	/** The erased person's names in the board and the rules now read as erased. */
	@EventHandler
	void on(PersonalDataErased event, @SequenceNumber long sequence, @Timestamp Instant at) {
		UUID id = event.associationId().value();
		if (this.repository.advance(id, sequence, at)) {
			this.repository.blank(id, this.names.forget(PROCESSING_GROUP, event.subject()));
		}
	}

	@ResetHandler
	void reset() {
		this.repository.deleteAll();
		this.names.forgetAll(PROCESSING_GROUP);
	}

}
