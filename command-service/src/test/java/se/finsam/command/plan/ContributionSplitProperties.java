package se.finsam.command.plan;

import java.math.BigInteger;
import java.util.List;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import se.finsam.events.Money;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The municipalities' split never loses or invents an öre, and nobody is off by more than
 * one.
 */
class ContributionSplitProperties {

	@Property
	void partsAddUpToTheWholeAndEachIsWithinAnOreOfItsExactShare(
			@ForAll @LongRange(min = 0, max = 100_000_000_000L) long totalOre,
			@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 500_000) Integer> populations) {
		List<Long> weights = populations.stream().map(Integer::longValue).toList();
		List<Money> parts = ContributionSplit.split(new Money(totalOre), weights);
		assertThat(parts.stream().mapToLong(Money::ore).sum()).isEqualTo(totalOre);
		BigInteger sum = BigInteger.valueOf(weights.stream().mapToLong(Long::longValue).sum());
		for (int i = 0; i < parts.size(); i++) {
			BigInteger exactTimesSum = BigInteger.valueOf(totalOre).multiply(BigInteger.valueOf(weights.get(i)));
			BigInteger partTimesSum = BigInteger.valueOf(parts.get(i).ore()).multiply(sum);
			assertThat(partTimesSum.subtract(exactTimesSum).abs()).isLessThan(sum);
		}
	}

	@Example
	void anEqualSplitOfAnOddAmountGivesTheExtraOreToTheFirst() {
		assertThat(ContributionSplit.split(new Money(100), List.of(1L, 1L, 1L))).containsExactly(new Money(34),
				new Money(33), new Money(33));
	}

	@Example
	void klaralvdalensMunicipalitiesByPopulation() {
		assertThat(ContributionSplit.split(Money.ofKronor(640_000), List.of(6_880L, 2_240L, 6_880L)))
			.containsExactly(Money.ofKronor(275_200), Money.ofKronor(89_600), Money.ofKronor(275_200));
	}

}
