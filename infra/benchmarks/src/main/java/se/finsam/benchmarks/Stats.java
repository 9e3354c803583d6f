package se.finsam.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Medians, ranges and percentiles: single times on a shared two-core machine mean little,
 * so every figure is the median of several runs with its min–max, and every ratio is
 * computed from medians.
 */
final class Stats {

	private Stats() {
	}

	/** A figure over several runs. */
	record Summary(double median, double min, double max, int runs) {

		/** {@code 1 234 (1 100–1 300)} with the given decimals. */
		String format(int decimals) {
			return number(this.median, decimals) + " (" + number(this.min, decimals) + "–" + number(this.max, decimals)
					+ ")";
		}

	}

	static Summary summary(List<Double> runs) {
		if (runs.isEmpty()) {
			throw new IllegalArgumentException("No runs to summarise");
		}
		double[] sorted = runs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return new Summary(median(sorted), sorted[0], sorted[sorted.length - 1], sorted.length);
	}

	private static double median(double[] sorted) {
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/**
	 * The nearest-rank percentile (0 &lt; p ≤ 100) of the values; the values are sorted
	 * in place.
	 */
	static double percentile(double[] values, double p) {
		if (values.length == 0 || p <= 0 || p > 100) {
			throw new IllegalArgumentException("Percentile " + p + " of " + values.length + " values");
		}
		Arrays.sort(values);
		int rank = (int) Math.ceil(p / 100 * values.length);
		return values[Math.max(0, rank - 1)];
	}

	/** Ours divided by the baseline, from the medians. */
	static double ratio(Summary ours, Summary baseline) {
		return ours.median() / baseline.median();
	}

	static String number(double value, int decimals) {
		String text = String.format(Locale.ROOT, "%,." + decimals + "f", value);
		// Swedish grouping: a (narrow) space between thousands, a comma for decimals.
		return text.replace(',', ' ').replace('.', ',');
	}

	/** Collects one value per run. */
	static final class Runs {

		private final List<Double> values = new ArrayList<>();

		void add(double value) {
			this.values.add(value);
		}

		Summary summary() {
			return Stats.summary(this.values);
		}

		boolean isEmpty() {
			return this.values.isEmpty();
		}

	}

}
