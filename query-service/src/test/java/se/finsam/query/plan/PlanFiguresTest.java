package se.finsam.query.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import se.finsam.events.AnnualAmount;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.plan.BudgetLine;
import se.finsam.events.plan.EconomicGoals;
import se.finsam.events.plan.LineGroup;
import se.finsam.query.plan.PlanFigures.Equity;
import se.finsam.query.plan.PlanFigures.Share;
import se.finsam.query.plan.PlanFigures.Year;

import static org.assertj.core.api.Assertions.assertThat;
import static se.finsam.query.plan.PlanViewFixture.FK;
import static se.finsam.query.plan.PlanViewFixture.FORSHAGA;
import static se.finsam.query.plan.PlanViewFixture.KINDS;
import static se.finsam.query.plan.PlanViewFixture.REGION;
import static se.finsam.query.plan.PlanViewFixture.YEAR;
import static se.finsam.query.plan.PlanViewFixture.kr;
import static se.finsam.query.plan.PlanViewFixture.line;
import static se.finsam.query.plan.PlanViewFixture.plan2025;

class PlanFiguresTest {

	@Test
	void sumsTheLinesIntoTotalsAndSubtotals() {
		Year year = PlanFigures.of(YEAR, plan2025(), KINDS).years().get(0);

		assertThat(year.contributions()).isEqualTo(kr(2_560_000));
		assertThat(year.income()).isEqualTo(kr(3_590_000));
		assertThat(year.group(LineGroup.ADMINISTRATION)).isEqualTo(kr(592_650));
		assertThat(year.group(LineGroup.OTHER)).isEqualTo(Money.ZERO);
		assertThat(year.costs()).isEqualTo(kr(3_590_000));
		assertThat(year.result()).isEqualTo(Money.ZERO);
	}

	@Test
	void coversThePlanYearAndItsTwoPlanYearsWithAMissingYearAsZero() {
		PlanFigures figures = PlanFigures.of(YEAR,
				List.of(line("kansli", LineGroup.ADMINISTRATION, null, YEAR, 100_000)), KINDS);

		assertThat(figures.years()).extracting(Year::year).containsExactly(2025, 2026, 2027);
		assertThat(figures.years().get(1).costs()).isEqualTo(Money.ZERO);
	}

	@Test
	void sharesOfTheContributionsToOneDecimalAndToTheWholePerCent() {
		Year year = PlanFigures.of(YEAR, plan2025(), KINDS).years().get(0);

		assertThat(year.share(LineGroup.ADMINISTRATION)).isEqualTo(new Share(new BigDecimal("23.2"), 23));
		assertThat(year.memberShare(MemberKind.STATE_AGENCY)).isEqualTo(new Share(new BigDecimal("50.0"), 50));
		assertThat(year.memberShare(MemberKind.REGION)).isEqualTo(new Share(new BigDecimal("25.0"), 25));
		assertThat(year.memberShare(MemberKind.MUNICIPALITY)).isEqualTo(new Share(new BigDecimal("25.0"), 25));
	}

	@Test
	void roundsTheWholePerCentFromTheExactShareNotFromTheRoundedOne() {
		Share share = Share.of(new Money(2245), new Money(10_000));

		assertThat(share.percent()).isEqualByComparingTo("22.5");
		assertThat(share.whole()).isEqualTo(22);
	}

	@Test
	void hasNoSharesWithoutContributions() {
		Year year = PlanFigures.of(YEAR, List.of(line("kansli", LineGroup.ADMINISTRATION, null, YEAR, 100_000)), KINDS)
			.years()
			.get(0);

		assertThat(year.share(LineGroup.ADMINISTRATION)).isNull();
		assertThat(year.memberShare(MemberKind.REGION)).isNull();
	}

	@Test
	void aContributionFromAnUnknownMemberCountsInTheTotalsButInNoKindsShare() {
		OrganisationNumber stranger = OrganisationNumber.of("212000-1827");
		Year year = PlanFigures
			.of(YEAR,
					List.of(line("bidrag-fk", LineGroup.CONTRIBUTION, FK, YEAR, 300_000),
							line("bidrag-okand", LineGroup.CONTRIBUTION, stranger, YEAR, 100_000)),
					KINDS)
			.years()
			.get(0);

		assertThat(year.contributions()).isEqualTo(kr(400_000));
		assertThat(year.memberShare(MemberKind.STATE_AGENCY).percent()).isEqualByComparingTo("75.0");
		assertThat(year.memberShare(MemberKind.MUNICIPALITY).percent()).isEqualByComparingTo("0.0");
	}

	@Test
	void equityOpensWithTheRecordedAmountThenWithTheYearBeforesClosing() {
		List<Equity> equity = PlanFigures.of(YEAR, plan2025(), KINDS)
			.equity(kr(2_446_000), new EconomicGoals(20, kr(400_000), 15, 70));

		assertThat(equity.get(0)).isEqualTo(
				new Equity(2025, kr(2_446_000), kr(1_030_000), Money.ZERO, kr(1_416_000), kr(512_000), kr(400_000)));
		assertThat(equity.get(1).opening()).isEqualTo(kr(1_416_000));
		assertThat(equity.get(1).closing()).isEqualTo(kr(1_416_000).minus(kr(645_000)));
		assertThat(equity.get(2).opening()).isEqualTo(equity.get(1).closing());
	}

	@Test
	void equityIsUnknownWithoutAnOpeningAndHasNoBoundsWithoutGoals() {
		Equity equity = PlanFigures.of(YEAR, plan2025(), KINDS).equity(null, null).get(0);

		assertThat(equity.opening()).isNull();
		assertThat(equity.closing()).isNull();
		assertThat(equity.drawn()).isEqualTo(kr(1_030_000));
		assertThat(equity.ceiling()).isNull();
		assertThat(equity.floor()).isNull();
	}

	@Test
	void aPerCentOfAnAmountIsRoundedHalfUpToTheOre() {
		assertThat(PlanFigures.percentOf(new Money(1_234_567), 20)).isEqualTo(new Money(246_913));
		assertThat(PlanFigures.percentOf(new Money(25), 10)).isEqualTo(new Money(3));
	}

	@Test
	void comparesASharesWithAGoalExactly() {
		assertThat(Share.compare(new Money(150_001), new Money(1_000_000), 15)).isPositive();
		assertThat(Share.compare(new Money(150_000), new Money(1_000_000), 15)).isZero();
		assertThat(Share.compare(new Money(149_999), new Money(1_000_000), 15)).isNegative();
	}

	/**
	 * However a budget is revised, each year's totals are the exact sums of the lines in
	 * force, and the result is income less costs.
	 */
	@Property(tries = 300)
	void totalsAreTheSumsOfTheLinesAfterAnyRevisions(@ForAll("lines") List<BudgetLine> draft,
			@ForAll("revisions") List<List<BudgetLine>> revisions) {
		Map<String, BudgetLine> lines = new LinkedHashMap<>();
		draft.forEach((line) -> lines.put(line.code(), line));
		for (List<BudgetLine> revision : revisions) {
			revision.forEach((line) -> lines.put(line.code(), line));
		}

		for (Year year : PlanFigures.of(YEAR, lines.values(), KINDS).years()) {
			BigDecimal income = BigDecimal.ZERO;
			BigDecimal costs = BigDecimal.ZERO;
			for (LineGroup group : LineGroup.values()) {
				BigDecimal sum = lines.values()
					.stream()
					.filter((line) -> line.group() == group)
					.flatMap((line) -> line.amounts().stream())
					.filter((amount) -> amount.year() == year.year())
					.map((amount) -> amount.amount().kronor())
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				assertThat(year.group(group).kronor()).isEqualByComparingTo(sum);
				income = group.isIncome() ? income.add(sum) : income;
				costs = group.isIncome() ? costs : costs.add(sum);
			}
			assertThat(year.contributions()).isEqualTo(year.group(LineGroup.CONTRIBUTION));
			assertThat(year.income().kronor()).isEqualByComparingTo(income);
			assertThat(year.costs().kronor()).isEqualByComparingTo(costs);
			assertThat(year.result()).isEqualTo(year.income().minus(year.costs()));
			assertThat(year.contributionsByKind().values().stream().reduce(Money.ZERO, Money::plus))
				.isEqualTo(year.contributions());
		}
	}

	@Provide
	Arbitrary<List<BudgetLine>> lines() {
		return budgetLine().list().ofMaxSize(12);
	}

	@Provide
	Arbitrary<List<List<BudgetLine>>> revisions() {
		return budgetLine().list().ofMinSize(1).ofMaxSize(4).list().ofMaxSize(6);
	}

	/** Few codes, so that revisions both change lines and add new ones. */
	private static Arbitrary<BudgetLine> budgetLine() {
		Arbitrary<String> code = Arbitraries.of("bidrag-fk", "bidrag-region", "kansli", "insats-a", "insats-b",
				"fria-medel", "eget-kapital", "esf", "ovrigt");
		Arbitrary<LineGroup> group = Arbitraries.of(LineGroup.class);
		Arbitrary<OrganisationNumber> member = Arbitraries.of(FK, REGION, FORSHAGA);
		Arbitrary<List<AnnualAmount>> amounts = Arbitraries.longs()
			.between(0, 99_999_999_999L)
			.map(Money::new)
			.list()
			.ofSize(PlanFigures.YEARS)
			.flatMap((money) -> Arbitraries.integers().between(0, (1 << PlanFigures.YEARS) - 1).map((years) -> {
				List<AnnualAmount> chosen = new ArrayList<>();
				for (int i = 0; i < PlanFigures.YEARS; i++) {
					if ((years & (1 << i)) != 0) {
						chosen.add(new AnnualAmount(YEAR + i, money.get(i)));
					}
				}
				return chosen;
			}));
		return Combinators.combine(code, group, member, amounts)
			.as((c, g, m, a) -> new BudgetLine(c, g, c, (g == LineGroup.CONTRIBUTION) ? m : null, a));
	}

}
