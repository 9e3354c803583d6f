package se.finsam.events.intervention;

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
import se.finsam.events.application.InterventionPeriod;
import se.finsam.events.application.MeasurableGoal;
import se.finsam.events.application.SteeringGroupMember;
import se.finsam.events.application.TargetGroup;

/**
 * A funded intervention (insats) started by the board decision referred to: from a grant
 * on {@code application}, or ({@code application} null) as the association's own standing
 * intervention. Its budget is the money the board decided per year.
 */
@Revision("2")
public record InterventionStarted(InterventionId interventionId, AssociationId associationId,
		DecisionReference decision, ApplicationId application, String name, OrganisationNumber owner,
		InterventionKind kind, InterventionPeriod period, List<AnnualAmount> budget, TargetGroup targetGroup,
		List<MeasurableGoal> goals, List<SteeringGroupMember> steeringGroup, String conditions,
		String method) implements AssociationEvent {

	public InterventionStarted {
		budget = List.copyOf(budget);
		goals = List.copyOf(goals);
		steeringGroup = List.copyOf(steeringGroup);
	}

}
