package se.finsam.events.intervention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.finsam.events.AnnualAmount;
import se.finsam.events.ApplicationId;
import se.finsam.events.InterventionId;
import se.finsam.events.InterventionKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;
import se.finsam.events.application.InterventionPeriod;
import se.finsam.events.application.MeasurableGoal;
import se.finsam.events.application.SteeringGroupMember;
import se.finsam.events.application.TargetGroup;
import se.finsam.events.association.AssociationSamples;

/** One sample of every intervention event, for the snapshot test. */
public final class InterventionSamples {

	private InterventionSamples() {
	}

	public static Map<String, Object> all() {
		OrganisationNumber hagfors = OrganisationNumber.of("212000-1827");
		return Map.of("InterventionStarted",
				new InterventionStarted(new InterventionId(UUID.fromString("8c2e1f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3b")),
						AssociationSamples.ID, AssociationSamples.DECISION,
						new ApplicationId(UUID.fromString("e2d4b6a8-0c1e-4f2a-8b3c-5d7e9f1a2b44")), "Rebus Hagfors",
						hagfors, InterventionKind.INDIVIDUAL,
						new InterventionPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)),
						List.of(new AnnualAmount(2025, Money.ofKronor(400_000)),
								new AnnualAmount(2026, Money.ofKronor(500_000))),
						new TargetGroup("Unga vuxna långt från arbetsmarknaden", 18, 29),
						List.of(new MeasurableGoal("Andel som går till arbete eller studier", "minst 45 %")),
						List.of(new SteeringGroupMember(hagfors, PersonName.of("Ivar Ide"))),
						"Rapport till varje styrelsemöte."));
	}

}
