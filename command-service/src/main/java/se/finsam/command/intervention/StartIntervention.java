package se.finsam.command.intervention;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.finsam.events.AnnualAmount;
import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;
import se.finsam.events.InterventionKind;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.application.ApplicationApproved;
import se.finsam.events.application.InterventionPeriod;
import se.finsam.events.application.MeasurableGoal;
import se.finsam.events.application.SteeringGroupMember;
import se.finsam.events.application.TargetGroup;

/** Start a funded intervention as a board decision says. */
public record StartIntervention(@TargetAggregateIdentifier InterventionId interventionId, AssociationId associationId,
		DecisionReference decision, ApplicationId application, String name, OrganisationNumber owner,
		InterventionKind kind, InterventionPeriod period, List<AnnualAmount> budget, TargetGroup targetGroup,
		List<MeasurableGoal> goals, List<SteeringGroupMember> steeringGroup, String conditions, String method) {

	/**
	 * The intervention a grant starts: the application's terms with the granted money.
	 */
	public static StartIntervention from(ApplicationApproved grant) {
		return new StartIntervention(grant.interventionId(), grant.associationId(), grant.decision(),
				grant.applicationId(), grant.title(), grant.owner(), grant.kind(), grant.period(), grant.granted(),
				grant.targetGroup(), grant.measurableGoals(), grant.steeringGroup(), grant.conditions(),
				grant.method());
	}

}
