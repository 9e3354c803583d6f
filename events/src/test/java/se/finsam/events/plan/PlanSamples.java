package se.finsam.events.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.finsam.events.AnnualAmount;
import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.MemberKind;
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
		Map<String, Object> samples = new java.util.TreeMap<>(
				Map.of("PlanDrafted", new PlanDrafted(ID, PLAN, 2015, List.of(region, freeFunds)), "DraftAmended",
						new DraftAmended(ID, PLAN, 2015, List.of(region)), "PlanSentForConsultation",
						new PlanSentForConsultation(ID, PLAN, 2015, LocalDate.of(2014, 10, 1)), "PlanAdopted",
						new PlanAdopted(ID, PLAN, 2015, ADOPTION, false), "BudgetRevised",
						new BudgetRevised(ID, PLAN, 2015,
								List.of(new BudgetLine("fria-medel", LineGroup.FREE_FUNDS, "Fria medel", null,
										List.of(new AnnualAmount(2015, new Money(60_000_050)),
												new AnnualAmount(2016, Money.ofKronor(500_000))))),
								"Outnyttjade medel från 2014", REVISION),
						"FundsReserved",
						new FundsReserved(ID, PLAN, 2015, "fria-medel",
								new ApplicationId(UUID.fromString("e2d4b6a8-0c1e-4f2a-8b3c-5d7e9f1a2b44")),
								Money.ofKronor(250_000), REVISION)));
		samples.putAll(followUp());
		return samples;
	}

	private static Map<String, Object> followUp() {
		OrganisationNumber alvesta = OrganisationNumber.of("212000-0647");
		OrganisationNumber vaxjo = OrganisationNumber.of("212000-0662");
		return Map.of("PlanGoalsSet",
				new PlanGoalsSet(ID, PLAN, 2015,
						new PlanGoals(List.of("Arbete och studier"), List.of(new PlanGoals.GoalTarget(
								"Minst 80 % av deltagarna upplever ökat inflytande över rehabiliteringsprocessen",
								"NNS indikator 2", "80 %")), new EconomicGoals(20, Money.ofKronor(400_000), 15, 70))),
				"PlanFiguresStated",
				new PlanFiguresStated(ID, PLAN, 2015,
						List.of(new StatedFigure(StatedFigure.Figure.COSTS, null, null, 2015, Money.ofKronor(5_573_000),
								null, "Summa kostnader 5 573 000"),
								new StatedFigure(StatedFigure.Figure.SHARE, LineGroup.ADMINISTRATION, null, 2015, null,
										17, "Administration 17%"),
								new StatedFigure(StatedFigure.Figure.MEMBER_SHARE, null, MemberKind.STATE_AGENCY, 2015,
										null, 50, "hälften från staten"))),
				"OpeningEquityRecorded",
				new OpeningEquityRecorded(ID, PLAN, 2015, Money.ofKronor(1_258_000), "Överskott 2014 enligt planen"),
				"ContributionsPledged",
				new ContributionsPledged(ID, PLAN, 2015, MunicipalitySplit.POPULATION,
						List.of(new Pledge(OrganisationNumber.of("202100-5521"), Money.ofKronor(2_700_000), null),
								new Pledge(alvesta, new Money(31_219_512), 12_500),
								new Pledge(vaxjo, new Money(103_780_488), 41_553))),
				"ContributionReceived",
				new ContributionReceived(ID, PLAN, 2015, alvesta, LocalDate.of(2015, 2, 27), new Money(31_219_512)),
				"OutcomeRecorded",
				new OutcomeRecorded(ID, PLAN, 2015, "kansli-arvoden", LocalDate.of(2015, 8, 31),
						Money.ofKronor(140_312), "Delårsrapport per 2015-08-31"),
				"PlanClosed", new PlanClosed(ID, PLAN, 2015, REVISION, Money.ofKronor(980_000)));
	}

}
