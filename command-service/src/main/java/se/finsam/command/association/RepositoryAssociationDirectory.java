package se.finsam.command.association;

import org.axonframework.modelling.command.Repository;

import org.springframework.stereotype.Component;

import se.finsam.events.AssociationId;

/**
 * Loads the association from its events, inside the caller's unit of work, so the facts
 * are those of the moment the command is handled.
 */
@Component
class RepositoryAssociationDirectory implements AssociationDirectory {

	private final Repository<Association> associations;

	RepositoryAssociationDirectory(Repository<Association> associations) {
		this.associations = associations;
	}

	@Override
	public AssociationFacts find(AssociationId associationId) {
		return this.associations.load(associationId.toString()).invoke(Association::facts);
	}

}
