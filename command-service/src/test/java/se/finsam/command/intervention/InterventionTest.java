package se.finsam.command.intervention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.finsam.command.association.AssociationDirectory;
import se.finsam.command.association.AssociationFacts;
import se.finsam.events.AnnualAmount;
import se.finsam.events.AssociationId;
import se.finsam.events.DecisionReference;
import se.finsam.events.InterventionId;
import se.finsam.events.InterventionKind;
import se.finsam.events.MeetingId;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;
import se.finsam.events.application.InterventionPeriod;
import se.finsam.events.application.MeasurableGoal;
import se.finsam.events.application.SteeringGroupMember;
import se.finsam.events.application.TargetGroup;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.events.intervention.InterventionStarted;

import static se.finsam.command.shared.BrokenRules.codes;

class InterventionTest {

	private static final AssociationId ASSOCIATION = new AssociationId(
			UUID.fromString("6b1f0e2d-3c4a-4b5e-8f6a-7b8c9d0e1f2a"));

	private static final InterventionId ID = new InterventionId(
			UUID.fromString("8c2e1f3a-4b5c-4d6e-9f7a-8b9c0d1e2f3b"));

	private static final OrganisationNumber HAGFORS = OrganisationNumber.of("212000-1827");

	private static final DecisionReference DECISION = new DecisionReference(
			new MeetingId(UUID.fromString("9d3f2a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5c")), LocalDate.of(2025, 3, 19), 8);

	private static final InterventionPeriod PERIOD = new InterventionPeriod(LocalDate.of(2025, 4, 1),
			LocalDate.of(2026, 12, 31));

	private AggregateTestFixture<Intervention> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Intervention.class);
		this.fixture.registerInjectableResource((AssociationDirectory) (id) -> new AssociationFacts(id,
				List.of(new MemberOrganisation(HAGFORS, "Hagfors kommun", MemberKind.MUNICIPALITY)), List.of(),
				new TreeMap<>(Map.of())));
	}

	@Test
	void startsAnInterventionWithTheDecidedBudget() {
		StartIntervention command = start("Rebus Hagfors", HAGFORS, PERIOD,
				List.of(amount(2025, 400_000), amount(2026, 500_000)));
		this.fixture.givenNoPriorActivity()
			.when(command)
			.expectEvents(new InterventionStarted(ID, ASSOCIATION, DECISION, null, "Rebus Hagfors", HAGFORS,
					InterventionKind.INDIVIDUAL, PERIOD, command.budget(), command.targetGroup(), command.goals(),
					command.steeringGroup(), null));
	}

	@Test
	void rejectsAForeignOwnerABackwardsPeriodAndABudgetOutsideIt() {
		InterventionPeriod backwards = new InterventionPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1));
		this.fixture.givenNoPriorActivity()
			.when(start(" ", OrganisationNumber.of("212000-1785"), backwards, List.of(amount(2027, 0))))
			.expectNoEvents()
			.expectException(codes("intervention.name-blank", "intervention.owner-not-member",
					"intervention.period-order", "intervention.budget-year", "intervention.budget-amount"));
	}

	@Test
	void rejectsAnInterventionWithoutBudget() {
		this.fixture.givenNoPriorActivity()
			.when(start("Modus", HAGFORS, PERIOD, List.of()))
			.expectNoEvents()
			.expectException(codes("intervention.budget-required"));
	}

	private static StartIntervention start(String name, OrganisationNumber owner, InterventionPeriod period,
			List<AnnualAmount> budget) {
		return new StartIntervention(ID, ASSOCIATION, DECISION, null, name, owner, InterventionKind.INDIVIDUAL, period,
				budget, new TargetGroup("Unga vuxna", 18, 29),
				List.of(new MeasurableGoal("Andel till arbete eller studier", "minst 45 %")),
				List.of(new SteeringGroupMember(HAGFORS, PersonName.of("Ivar Ide"))), null);
	}

	private static AnnualAmount amount(int year, long kronor) {
		return new AnnualAmount(year, Money.ofKronor(kronor));
	}

}
