package se.finsam.events.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.finsam.events.AnnualAmount;
import se.finsam.events.ApplicationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;
import se.finsam.events.InterventionKind;
import se.finsam.events.MeetingId;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;
import se.finsam.events.association.AssociationSamples;

import static java.util.Map.entry;

/** One sample of every application event, for the snapshot test. */
public final class ApplicationSamples {

	public static final ApplicationId ID = new ApplicationId(UUID.fromString("5a7d3c1e-2b4f-4e8a-9c6d-1f0e2a3b4c5d"));

	private static final MeetingId MEETING = new MeetingId(UUID.fromString("9e4b2a10-6c3d-4f5e-8a7b-0c1d2e3f4a5b"));

	private static final DecisionReference ITEM = new DecisionReference(MEETING, LocalDate.of(2025, 3, 19), 12);

	private static final OrganisationNumber FK = OrganisationNumber.of("202100-5521");

	private static final OrganisationNumber REGION = OrganisationNumber.of("232100-0164");

	private static final OrganisationNumber FORSHAGA = OrganisationNumber.of("212000-1785");

	private static final List<AnnualAmount> REQUESTED = List.of(
			new AnnualAmount(2025, Money.ofKronor(new BigDecimal("150000.50"))),
			new AnnualAmount(2026, Money.ofKronor(300000)));

	private static final List<AnnualAmount> REDUCED = List.of(new AnnualAmount(2025, Money.ofKronor(120000)),
			new AnnualAmount(2026, Money.ofKronor(250000)));

	private static final ApplicationContent CONTENT = new ApplicationContent("Vägen till arbete", FORSHAGA,
			List.of(FORSHAGA, FK, REGION), InterventionKind.INDIVIDUAL,
			new TargetGroup("Unga vuxna som står långt från arbetsmarknaden", 18, 29),
			new InterventionPeriod(LocalDate.of(2025, 5, 1), LocalDate.of(2026, 12, 31)), REQUESTED,
			List.of("Arbete och studier"),
			List.of(new MeasurableGoal("Deltagare som tar ett steg mot arbete", "80 %"),
					new MeasurableGoal("Deltagare som går till arbete eller studier", "45 %")),
			"Insatsen följer upp kvinnor och män var för sig.",
			"Arbetssättet förs in i kommunens arbetsmarknadsenhet när projektet slutar.",
			List.of(new SteeringGroupMember(FORSHAGA, PersonName.of("Eva Lund")),
					new SteeringGroupMember(FK, PersonName.of("Anna Andersson"))),
			PersonName.of("Eva Lund"), "Supported Employment");

	private ApplicationSamples() {
	}

	public static Map<String, Object> all() {
		return Map.ofEntries(
				entry("ApplicationSubmitted",
						new ApplicationSubmitted(ID, AssociationSamples.ID, FORSHAGA, LocalDate.of(2025, 2, 3),
								CONTENT)),
				entry("ApplicationAmended",
						new ApplicationAmended(ID, AssociationSamples.ID, LocalDate.of(2025, 2, 10), CONTENT)),
				entry("ApplicationWithdrawn",
						new ApplicationWithdrawn(ID, AssociationSamples.ID, "Kommunen driver arbetet själv.")),
				entry("ApplicationRegistered", new ApplicationRegistered(ID, AssociationSamples.ID, "2025/14")),
				entry("ApplicationAssessed",
						new ApplicationAssessed(ID, AssociationSamples.ID,
								"Väl förankrad hos parterna; kostnaden för lokaler är för hög.",
								Recommendation.APPROVE_REDUCED, REDUCED)),
				entry("DecisionProposed",
						new DecisionProposed(ID, AssociationSamples.ID,
								Proposal.approve(REDUCED, "Delrapport till styrelsen i december."))),
				entry("ApplicationPlacedOnAgenda", new ApplicationPlacedOnAgenda(ID, AssociationSamples.ID, ITEM)),
				entry("ApplicationApproved", new ApplicationApproved(ID, AssociationSamples.ID, ITEM,
						new InterventionId(UUID.fromString("c3d4e5f6-0718-4293-a4b5-c6d7e8f90a1b")), CONTENT.title(),
						CONTENT.owner(), CONTENT.participants(), CONTENT.kind(), CONTENT.period(),
						CONTENT.targetGroup(), CONTENT.goalAreas(), CONTENT.measurableGoals(), CONTENT.steeringGroup(),
						REQUESTED, REDUCED, "Delrapport till styrelsen i december.", CONTENT.method())),
				entry("ApplicationRejected",
						new ApplicationRejected(ID, AssociationSamples.ID, ITEM,
								"Insatsen riktar sig bara till en part.")),
				entry("ApplicationDeferred", new ApplicationDeferred(ID, AssociationSamples.ID, ITEM)));
	}

}
