package se.finsam.command.intervention;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import org.springframework.stereotype.Component;

import se.finsam.events.AssociationId;
import se.finsam.events.InterventionId;

/** Loads the intervention from its events, inside the caller's unit of work. */
@Component
class RepositoryInterventionDirectory implements InterventionDirectory {

	private final Repository<Intervention> interventions;

	RepositoryInterventionDirectory(Repository<Intervention> interventions) {
		this.interventions = interventions;
	}

	@Override
	public boolean isOf(AssociationId associationId, InterventionId interventionId) {
		try {
			return this.interventions.load(interventionId.toString())
				.invoke((intervention) -> intervention.belongsTo(associationId));
		}
		catch (AggregateNotFoundException ex) {
			return false;
		}
	}

}
