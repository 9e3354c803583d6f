package se.finsam.platform.personaldata;

import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;

import se.finsam.events.AssociationId;

/** Where each data subject's key is kept (ADR 0013). */
public interface SubjectKeys {

	/**
	 * The key to seal a person's name in an association with: one subject per association
	 * and name, created on first use.
	 */
	SubjectKey keyFor(AssociationId association, String name);

	/** The subject's key of that version; empty once the subject is erased or unknown. */
	Optional<SecretKey> key(UUID subject, int keyVersion);

	/** A subject's data key and its version. */
	record SubjectKey(UUID subject, int version, SecretKey key) {
	}

}
