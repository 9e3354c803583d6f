package se.finsam.events.application;

import java.util.List;
import java.util.Objects;

import se.finsam.events.AnnualAmount;
import se.finsam.events.InterventionKind;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;

/**
 * What an application for free funds states, as the association's template asks for it.
 * Submission and every amendment carry the whole content, so the latest event always
 * holds the application as it stands.
 *
 * @param title the name of the intervention applied for
 * @param owner the member organisation responsible for it (huvudman)
 * @param participants the member organisations taking part, the owner included
 * @param kind individual-oriented or structural
 * @param targetGroup whom the work is for
 * @param period when the work would run
 * @param requested the amount applied for, per calendar year
 * @param goalAreas which of the association's goal areas it serves
 * @param measurableGoals what it will be followed up against
 * @param genderEquality its gender-equality perspective (jämställdhet); empty when not
 * given
 * @param implementationPlan how the work is to become part of the members' ordinary work
 * @param steeringGroup who will steer and follow up the work
 * @param contactPerson whom the association contacts about the application
 */
public record ApplicationContent(String title, OrganisationNumber owner, List<OrganisationNumber> participants,
		InterventionKind kind, TargetGroup targetGroup, InterventionPeriod period, List<AnnualAmount> requested,
		List<String> goalAreas, List<MeasurableGoal> measurableGoals, String genderEquality, String implementationPlan,
		List<SteeringGroupMember> steeringGroup, PersonName contactPerson, String method) {

	public ApplicationContent {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(targetGroup, "targetGroup");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(implementationPlan, "implementationPlan");
		Objects.requireNonNull(contactPerson, "contactPerson");
		participants = List.copyOf(participants);
		requested = List.copyOf(requested);
		goalAreas = List.copyOf(goalAreas);
		measurableGoals = List.copyOf(measurableGoals);
		genderEquality = (genderEquality != null) ? genderEquality : "";
		steeringGroup = List.copyOf(steeringGroup);
	}

}
