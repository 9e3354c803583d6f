package se.finsam.command.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import se.finsam.command.association.AssociationDirectory;
import se.finsam.command.association.AssociationFacts;
import se.finsam.events.AnnualAmount;
import se.finsam.events.ApplicationId;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.MeetingId;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PlanId;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.events.plan.BudgetLine;
import se.finsam.events.plan.LineGroup;
import se.finsam.events.plan.PlanAdopted;
import se.finsam.events.plan.PlanDrafted;

/** Test data for plans: an association with four members and a small 2026 budget. */
final class PlanFixture {

	static final AssociationId ASSOCIATION = new AssociationId(UUID.fromString("5a0e3c1b-2d4f-4e6a-8b9c-0d1e2f3a4b5c"));

	static final int YEAR = 2026;

	static final PlanId PLAN = PlanId.of(ASSOCIATION, YEAR);

	static final OrganisationNumber REGION = OrganisationNumber.of("232100-0164");

	static final ApplicationId APPLICATION = new ApplicationId(UUID.fromString("9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b"));

	static final AssociationDirectory DIRECTORY = directoryWith(OrganisationNumber.of("212000-1785"));

	/** State, region and the given municipalities as members. */
	static AssociationDirectory directoryWith(OrganisationNumber... municipalities) {
		List<MemberOrganisation> members = new ArrayList<>(List.of(
				new MemberOrganisation(OrganisationNumber.of("202100-5521"), "Försäkringskassan",
						MemberKind.STATE_AGENCY),
				new MemberOrganisation(REGION, "Region Värmland", MemberKind.REGION)));
		for (OrganisationNumber municipality : municipalities) {
			members.add(new MemberOrganisation(municipality, "Kommun " + municipality, MemberKind.MUNICIPALITY));
		}
		return (id) -> new AssociationFacts(id, members, List.of(), new TreeMap<>(Map.of()));
	}

	private PlanFixture() {
	}

	static DecisionReference decision(LocalDate date, int item) {
		return new DecisionReference(new MeetingId(UUID.nameUUIDFromBytes(date.toString().getBytes())), date, item);
	}

	static final DecisionReference ADOPTION = decision(LocalDate.of(2025, 11, 27), 4);

	static BudgetLine freeFunds(long kronor) {
		return new BudgetLine("fria-medel", LineGroup.FREE_FUNDS, "Fria medel", null, List
			.of(new AnnualAmount(YEAR, Money.ofKronor(kronor)), new AnnualAmount(YEAR + 1, Money.ofKronor(kronor))));
	}

	static BudgetLine contribution(long kronor) {
		return new BudgetLine("bidrag-region", LineGroup.CONTRIBUTION, "Region Värmland", REGION,
				List.of(new AnnualAmount(YEAR, Money.ofKronor(kronor))));
	}

	static PlanDrafted drafted(BudgetLine... lines) {
		return new PlanDrafted(ASSOCIATION, PLAN, YEAR, List.of(lines));
	}

	static PlanAdopted adopted() {
		return new PlanAdopted(ASSOCIATION, PLAN, YEAR, ADOPTION, false);
	}

	static ReserveFunds reserve(long kronor) {
		return new ReserveFunds(PLAN, YEAR, APPLICATION, Money.ofKronor(kronor),
				decision(LocalDate.of(2026, 3, 19), 7));
	}

}
