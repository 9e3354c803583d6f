package se.finsam.events.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.finsam.events.AnnualAmount;
import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.MeetingId;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PlanId;
import se.finsam.events.association.AssociationSamples;

/** One sample of every plan event, for the snapshot test. */
public final class PlanSamples {

	private static final AssociationId ID = AssociationSamples.ID;

	private static final PlanId PLAN = PlanId.of(ID, 2015);

	private static final DecisionReference ADOPTION = new DecisionReference(AssociationSamples.MEETING,
			LocalDate.of(2014, 11, 27), 5);

	private static final DecisionReference REVISION = new DecisionReference(
			new MeetingId(UUID.fromString("c4a1f0de-6b8e-4f3a-9d2c-7e5b1a9f0c33")), LocalDate.of(2015, 3, 19), 9);

	private PlanSamples() {
	}

	public static Map<String, Object> all() {
		BudgetLine freeFunds = new BudgetLine("fria-medel", LineGroup.FREE_FUNDS, "Fria medel", null, List
			.of(new AnnualAmount(2015, Money.ofKronor(549_000)), new AnnualAmount(2016, Money.ofKronor(500_000))));
		BudgetLine region = new BudgetLine("bidrag-region", LineGroup.CONTRIBUTION, "Region Kronoberg",
				OrganisationNumber.of("232100-0065"), List.of(new AnnualAmount(2015, Money.ofKronor(1_795_000))));
		return Map.of("PlanDrafted", new PlanDrafted(ID, PLAN, 2015, List.of(region, freeFunds)),
				"PlanSentForConsultation", new PlanSentForConsultation(ID, PLAN, 2015, LocalDate.of(2014, 10, 1)),
				"PlanAdopted", new PlanAdopted(ID, PLAN, 2015, ADOPTION, false), "BudgetRevised",
				new BudgetRevised(ID, PLAN, 2015,
						List.of(new BudgetLine("fria-medel", LineGroup.FREE_FUNDS, "Fria medel", null,
								List.of(new AnnualAmount(2015, new Money(60_000_050)),
										new AnnualAmount(2016, Money.ofKronor(500_000))))),
						"Outnyttjade medel från 2014", REVISION),
				"FundsReserved",
				new FundsReserved(ID, PLAN, 2015, "fria-medel",
						new ApplicationId(UUID.fromString("e2d4b6a8-0c1e-4f2a-8b3c-5d7e9f1a2b44")),
						Money.ofKronor(250_000), REVISION));
	}

}
