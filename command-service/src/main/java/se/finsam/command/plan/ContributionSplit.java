package se.finsam.command.plan;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import se.finsam.events.Money;

/**
 * Splits an amount among parties by weights, exact to the öre: each gets its exact share
 * rounded down, and the öre left over go one each to the largest remainders (ties in the
 * order given). The parts always add up to the whole.
 */
final class ContributionSplit {

	private ContributionSplit() {
	}

	static List<Money> split(Money total, List<Long> weights) {
		BigInteger sum = weights.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
		if (weights.isEmpty() || sum.signum() <= 0 || total.isNegative()) {
			throw new IllegalArgumentException("Positive weights and a non-negative total are needed");
		}
		BigInteger ore = BigInteger.valueOf(total.ore());
		List<Long> parts = new ArrayList<>();
		List<BigInteger> remainders = new ArrayList<>();
		long given = 0;
		for (long weight : weights) {
			BigInteger[] division = ore.multiply(BigInteger.valueOf(weight)).divideAndRemainder(sum);
			parts.add(division[0].longValueExact());
			remainders.add(division[1]);
			given += division[0].longValueExact();
		}
		long left = total.ore() - given;
		List<Integer> byRemainder = IntStream.range(0, weights.size())
			.boxed()
			.sorted(Comparator.comparing(remainders::get).reversed())
			.toList();
		for (int i = 0; i < left; i++) {
			int index = byRemainder.get(i);
			parts.set(index, parts.get(index) + 1);
		}
		return parts.stream().map(Money::new).toList();
	}

}
