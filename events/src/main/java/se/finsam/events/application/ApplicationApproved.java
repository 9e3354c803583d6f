package se.finsam.events.application;

import java.util.List;

import org.axonframework.serialization.Revision;

import se.finsam.events.AnnualAmount;
import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;
import se.finsam.events.InterventionKind;
import se.finsam.events.OrganisationNumber;

/**
 * The board granted the application, in full or reduced, at the decision referred to. It
 * starts a funded intervention and carries everything the intervention needs, so that no
 * consumer has to replay the application to start it.
 */
@Revision("2")
public record ApplicationApproved(ApplicationId applicationId, AssociationId associationId, DecisionReference decision,
		InterventionId interventionId, String title, OrganisationNumber owner, List<OrganisationNumber> participants,
		InterventionKind kind, InterventionPeriod period, TargetGroup targetGroup, List<String> goalAreas,
		List<MeasurableGoal> measurableGoals, List<SteeringGroupMember> steeringGroup, List<AnnualAmount> requested,
		List<AnnualAmount> granted, String conditions, String method) implements AssociationEvent {

	public ApplicationApproved {
		participants = List.copyOf(participants);
		goalAreas = List.copyOf(goalAreas);
		measurableGoals = List.copyOf(measurableGoals);
		steeringGroup = List.copyOf(steeringGroup);
		requested = List.copyOf(requested);
		granted = List.copyOf(granted);
	}

}
