package se.finsam.query.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.finsam.events.AnnualAmount;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.MeetingId;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PlanId;
import se.finsam.events.association.AssociationRegistered;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.events.plan.BudgetLine;
import se.finsam.events.plan.LineGroup;

/**
 * A plan modelled on Klarälvdalen's budget for 2025: contributions of 2 560 000 kr split
 * 50/25/25, equity drawn to balance, administration at 23 % of the contributions.
 */
final class PlanViewFixture {

	static final int YEAR = 2025;

	static final AssociationId ASSOCIATION = new AssociationId(UUID.fromString("3f1c2a4e-8d8b-4c1e-9a51-0b6f0f3c2d11"));

	static final PlanId PLAN = PlanId.of(ASSOCIATION, YEAR);

	static final OrganisationNumber FK = OrganisationNumber.of("202100-5521");

	static final OrganisationNumber REGION = OrganisationNumber.of("232100-0164");

	static final OrganisationNumber FORSHAGA = OrganisationNumber.of("212000-1785");

	static final List<MemberOrganisation> MEMBERS = List.of(
			new MemberOrganisation(FK, "Försäkringskassan", MemberKind.STATE_AGENCY),
			new MemberOrganisation(REGION, "Region Värmland", MemberKind.REGION),
			new MemberOrganisation(FORSHAGA, "Forshaga kommun", MemberKind.MUNICIPALITY));

	static final Map<OrganisationNumber, MemberKind> KINDS = Map.of(FK, MemberKind.STATE_AGENCY, REGION,
			MemberKind.REGION, FORSHAGA, MemberKind.MUNICIPALITY);

	private PlanViewFixture() {
	}

	static Money kr(long kronor) {
		return Money.ofKronor(kronor);
	}

	static BudgetLine line(String code, LineGroup group, OrganisationNumber member, int year, long kronor) {
		return new BudgetLine(code, group, code, member, List.of(new AnnualAmount(year, kr(kronor))));
	}

	/** A line with an amount for the plan's year and each plan year, in kronor. */
	static BudgetLine line(String code, LineGroup group, OrganisationNumber member, long... kronor) {
		List<AnnualAmount> amounts = new ArrayList<>();
		for (int i = 0; i < kronor.length; i++) {
			amounts.add(new AnnualAmount(YEAR + i, kr(kronor[i])));
		}
		return new BudgetLine(code, group, code, member, amounts);
	}

	/** Balanced each year; equity drawn 1 030 000, 645 000 and 0 kr. */
	static List<BudgetLine> plan2025() {
		return List.of(line("bidrag-fk", LineGroup.CONTRIBUTION, FK, 1_280_000, 1_280_000, 1_280_000),
				line("bidrag-region", LineGroup.CONTRIBUTION, REGION, 640_000, 640_000, 640_000),
				line("bidrag-forshaga", LineGroup.CONTRIBUTION, FORSHAGA, 640_000, 640_000, 640_000),
				line("eget-kapital", LineGroup.EQUITY_DRAWN, null, 1_030_000, 645_000, 0),
				line("kansli", LineGroup.ADMINISTRATION, null, 592_650, 600_000, 610_000),
				line("insatser", LineGroup.INDIVIDUAL_INTERVENTIONS, null, 2_000_000, 1_800_000, 1_500_000),
				line("struktur", LineGroup.STRUCTURAL_INTERVENTIONS, null, 448_000, 400_000, 200_000),
				line("fria-medel", LineGroup.FREE_FUNDS, null, 549_350, 405_000, 250_000));
	}

	static AssociationRegistered registered() {
		return new AssociationRegistered(ASSOCIATION, "Klarälvdalens Samordningsförbund",
				OrganisationNumber.of("222000-2634"), MEMBERS, List.of());
	}

	static DecisionReference decision(LocalDate meetingDate, int item) {
		return new DecisionReference(new MeetingId(UUID.nameUUIDFromBytes(meetingDate.toString().getBytes())),
				meetingDate, item);
	}

}
