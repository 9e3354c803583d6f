package se.finsam.events.association;

import java.util.Objects;
import java.util.UUID;

import org.axonframework.serialization.Revision;

import se.finsam.events.AssociationId;
import se.finsam.events.AssociationEvent;

/**
 * A person's personal data in the association was erased: their key is deleted, so every
 * name of theirs in earlier events now reads as erased. Carries nothing of the person but
 * the subject id; who erased it is in the metadata.
 *
 * @param subject the data subject whose key was deleted
 * @param reason why, e.g. the legal basis (a request under GDPR art. 17)
 */
@Revision("1")
public record PersonalDataErased(AssociationId associationId, UUID subject, String reason) implements AssociationEvent {

	public PersonalDataErased {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(reason, "reason");
	}

}
