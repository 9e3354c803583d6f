package se.finsam.command.association;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.finsam.command.shared.RuleViolation;
import se.finsam.events.DecisionReference;
import se.finsam.events.DecisionType;
import se.finsam.events.MeetingId;
import se.finsam.events.Money;
import se.finsam.events.PersonName;
import se.finsam.events.association.ApplicationWindow;
import se.finsam.events.association.CharterRules;
import se.finsam.events.association.CharterRulesSet;
import se.finsam.events.association.DeputyOrder;
import se.finsam.events.association.QualifiedMajority;
import se.finsam.events.association.QuorumRule;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.command.association.AssociationFixture.FK;
import static se.finsam.command.association.AssociationFixture.HAGFORS;
import static se.finsam.command.association.AssociationFixture.ID;
import static se.finsam.command.association.AssociationFixture.REGION;
import static se.finsam.command.association.AssociationFixture.association;
import static se.finsam.command.association.AssociationFixture.seat;
import static se.finsam.command.shared.BrokenRules.codes;

/**
 * The association's rules: versioned by the day they apply from, within the law's limits.
 */
class CharterTest {

	private static final DecisionReference DECISION = new DecisionReference(
			new MeetingId(UUID.fromString("1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6")), LocalDate.of(2024, 11, 27), 7);

	private static final LocalDate FROM_2025 = LocalDate.of(2025, 1, 1);

	private AggregateTestFixture<Association> fixture;

	private final AssociationFixture association = association().seated(seat(REGION, "Cecilia Dahl", "David Ek"));

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Association.class);
	}

	@Test
	void setsRulesFromADayAsDecided() {
		CharterRules rules = klaralvdalen2025();
		this.fixture.given(this.association.registered())
			.when(new SetCharterRules(ID, 0L, FROM_2025, rules, DECISION))
			.expectEvents(new CharterRulesSet(ID, FROM_2025, rules, DECISION));
	}

	@Test
	void rejectsRulesThatDoNotStartAfterTheLatestSet() {
		this.fixture
			.given(this.association.registered(), new CharterRulesSet(ID, FROM_2025, klaralvdalen2025(), DECISION))
			.when(new SetCharterRules(ID, 1L, FROM_2025, klaralvdalen2025(), DECISION))
			.expectException(RuleViolation.class)
			.expectNoEvents()
			.expectException(codes("association.charter.not-after-latest"));
	}

	@Test
	void rejectsRulesOutsideTheLawsLimits() {
		CharterRules rules = new CharterRules(QuorumRule.MORE_THAN_HALF, true, List.of(),
				List.of(new QualifiedMajority(DecisionType.GRANT, 1, 2)), List.of(), List.of(), 1, false, 15, 64, 0);
		this.fixture.given(this.association.registered())
			.when(new SetCharterRules(ID, 0L, FROM_2025, rules, DECISION))
			.expectNoEvents()
			.expectException(codes("association.charter.majority-range", "association.charter.parties-range",
					"association.charter.age-range", "association.charter.adjustment-days"));
	}

	@Test
	void rejectsOverlappingWindowsAndDuplicateGoalAreas() {
		CharterRules rules = new CharterRules(
				QuorumRule.MORE_THAN_HALF, true, List.of(), List.of(), List.of(window("2025-01-01", "2025-06-30"),
						window("2025-06-30", "2025-10-10"), window("2025-12-01", "2025-11-01")),
				List.of("Arbete", " arbete"), 2, false, 16, 64, 14);
		this.fixture.given(this.association.registered())
			.when(new SetCharterRules(ID, 0L, FROM_2025, rules, DECISION))
			.expectNoEvents()
			.expectException(codes("association.charter.window-overlap", "association.charter.window-order",
					"association.charter.goal-area-duplicate"));
	}

	@Test
	void rejectsADeputyOrderForANonMemberOrWithTheOrdinaryMemberAsDeputy() {
		CharterRules rules = new CharterRules(QuorumRule.AT_LEAST_HALF, false,
				List.of(new DeputyOrder(HAGFORS.organisationNumber(), List.of(PersonName.of("Eva Fors"))),
						new DeputyOrder(REGION.organisationNumber(),
								List.of(PersonName.of("David Ek"), PersonName.of("Cecilia Dahl")))),
				List.of(), List.of(), List.of(), 2, false, 16, 64, 14);
		this.fixture.given(this.association.registered())
			.when(new SetCharterRules(ID, 0L, FROM_2025, rules, DECISION))
			.expectNoEvents()
			.expectException(
					codes("association.charter.deputy-order-not-member", "association.charter.deputy-is-ordinary"));
	}

	@Test
	void rejectsDuplicateOrEmptyEntriesAndANegativeAnnouncedAmount() {
		CharterRules rules = new CharterRules(QuorumRule.MORE_THAN_HALF, true,
				List.of(new DeputyOrder(REGION.organisationNumber(), List.of()),
						new DeputyOrder(REGION.organisationNumber(), List.of(PersonName.of("David Ek")))),
				List.of(new QualifiedMajority(DecisionType.GRANT, 2, 3),
						new QualifiedMajority(DecisionType.GRANT, 3, 4)),
				List.of(new ApplicationWindow(FROM_2025, FROM_2025, Money.ofKronor(-1))), List.of(" "), 2, false, 16,
				64, 14);
		this.fixture.given(this.association.registered())
			.when(new SetCharterRules(ID, 0L, FROM_2025, rules, DECISION))
			.expectNoEvents()
			.expectException(codes("association.charter.deputy-order-people",
					"association.charter.deputy-order-duplicate", "association.charter.majority-duplicate",
					"association.charter.window-amount", "association.charter.goal-area-blank"));
	}

	@Test
	void theRulesInForceOnADayAreTheLatestSetOnOrBeforeIt() {
		CharterRules later = new CharterRules(QuorumRule.AT_LEAST_HALF, false, List.of(), List.of(), List.of(),
				List.of(), 3, true, 18, 30, 7);
		AssociationFacts facts = new AssociationFacts(ID, List.of(FK), List.of(),
				new TreeMap<>(Map.of(FROM_2025, klaralvdalen2025(), LocalDate.of(2026, 7, 1), later)));
		assertThat(facts.rulesOn(LocalDate.of(2024, 12, 31))).isEqualTo(CharterRules.lawDefaults());
		assertThat(facts.rulesOn(FROM_2025)).isEqualTo(klaralvdalen2025());
		assertThat(facts.rulesOn(LocalDate.of(2026, 6, 30))).isEqualTo(klaralvdalen2025());
		assertThat(facts.rulesOn(LocalDate.of(2026, 7, 1))).isEqualTo(later);
	}

	private static CharterRules klaralvdalen2025() {
		return new CharterRules(QuorumRule.MORE_THAN_HALF, true,
				List.of(new DeputyOrder(REGION.organisationNumber(),
						List.of(PersonName.of("David Ek"), PersonName.of("Frida Gran")))),
				List.of(new QualifiedMajority(DecisionType.RULES, 2, 3)),
				List.of(new ApplicationWindow(FROM_2025, LocalDate.of(2025, 10, 10), Money.ofKronor(549_000))),
				List.of("Arbete och studier", "Samverkan"), 2, true, 16, 64, 14);
	}

	private static ApplicationWindow window(String opens, String closes) {
		return new ApplicationWindow(LocalDate.parse(opens), LocalDate.parse(closes), null);
	}

}
