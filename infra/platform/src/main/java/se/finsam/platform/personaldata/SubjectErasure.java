package se.finsam.platform.personaldata;

import java.util.UUID;

import se.finsam.events.AssociationId;

/** Deletes a data subject's key (ADR 0013). */
public interface SubjectErasure {

	/**
	 * Deletes the subject's key, name lookup and sealed name.
	 * @return whether the subject belongs to the association (erased now or before)
	 */
	boolean erase(AssociationId association, UUID subject);

}
