package se.finsam.web.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import se.finsam.events.Money;
import se.finsam.events.plan.LineGroup;

/**
 * Two versions of a budget side by side: per line and year the amount before, after and
 * the change, and per year the totals (income, costs, result) of both. A line that only
 * one version has counts as zero in the other; money is compared to the öre.
 *
 * @param rows one per line and year where either version has an amount other than zero
 * @param totals one per plan year
 */
public record PlanDiff(List<Row> rows, List<Total> totals) {

	/**
	 * The budget of two plan views (the read API's JSON), each read from its
	 * {@code budget} or, for the plan as adopted, its {@code adopted} amounts.
	 */
	public static PlanDiff between(Version before, Version after) {
		Map<String, JsonNode> beforeLines = lines(before);
		Map<String, JsonNode> afterLines = lines(after);
		Map<String, JsonNode> all = new LinkedHashMap<>(afterLines);
		beforeLines.forEach(all::putIfAbsent);
		List<Row> rows = new ArrayList<>();
		Map<Integer, Sums> sums = new TreeMap<>();
		for (Map.Entry<String, JsonNode> entry : all.entrySet()) {
			JsonNode line = entry.getValue();
			LineGroup group = LineGroup.valueOf(line.path("group").asText());
			Map<Integer, Money> was = amounts(beforeLines.get(entry.getKey()), before.field());
			Map<Integer, Money> is = amounts(afterLines.get(entry.getKey()), after.field());
			for (JsonNode year : line.path("years")) {
				int budgetYear = year.path("year").asInt();
				Money old = was.getOrDefault(budgetYear, Money.ZERO);
				Money now = is.getOrDefault(budgetYear, Money.ZERO);
				Sums sum = sums.computeIfAbsent(budgetYear, (key) -> new Sums());
				sum.add(group, old, now);
				if (!old.equals(Money.ZERO) || !now.equals(Money.ZERO)) {
					rows.add(new Row(entry.getKey(), line.path("name").asText(), group, budgetYear, old, now,
							!beforeLines.containsKey(entry.getKey()), !afterLines.containsKey(entry.getKey())));
				}
			}
		}
		List<Total> totals = new ArrayList<>();
		sums.forEach((year, sum) -> totals.add(sum.total(year)));
		return new PlanDiff(List.copyOf(rows), List.copyOf(totals));
	}

	/** The lines of a version that has any, by code in the view's order. */
	private static Map<String, JsonNode> lines(Version version) {
		Map<String, JsonNode> lines = new LinkedHashMap<>();
		for (JsonNode line : version.plan().path("lines")) {
			if (!amounts(line, version.field()).isEmpty()) {
				lines.put(line.path("code").asText(), line);
			}
		}
		return lines;
	}

	/** A line's amounts per year; none for a line the version does not have. */
	private static Map<Integer, Money> amounts(JsonNode line, String field) {
		Map<Integer, Money> amounts = new TreeMap<>();
		if (line == null) {
			return amounts;
		}
		for (JsonNode year : line.path("years")) {
			JsonNode amount = year.path(field);
			if (!amount.isNull() && !amount.isMissingNode()) {
				amounts.put(year.path("year").asInt(), Money.parse(amount.asText()));
			}
		}
		return amounts;
	}

	public boolean changed() {
		return this.rows.stream().anyMatch(Row::changed);
	}

	/**
	 * One version of the budget: a plan view and which of its amounts to read,
	 * {@code budget} or {@code adopted}.
	 */
	public record Version(JsonNode plan, String field) {

		public static Version asOf(JsonNode plan) {
			return new Version(plan, "budget");
		}

		public static Version asAdopted(JsonNode plan) {
			return new Version(plan, "adopted");
		}

	}

	/**
	 * One line's amount for one year in both versions.
	 *
	 * @param added only the later version has the line
	 * @param removed only the earlier version has the line
	 */
	public record Row(String code, String name, LineGroup group, int year, Money before, Money after, boolean added,
			boolean removed) {

		public Money change() {
			return this.after.minus(this.before);
		}

		public boolean changed() {
			return !this.before.equals(this.after);
		}

	}

	/** A year's totals in both versions. */
	public record Total(int year, Money incomeBefore, Money incomeAfter, Money costsBefore, Money costsAfter) {

		public Money resultBefore() {
			return this.incomeBefore.minus(this.costsBefore);
		}

		public Money resultAfter() {
			return this.incomeAfter.minus(this.costsAfter);
		}

	}

	private static final class Sums {

		private Money incomeBefore = Money.ZERO;

		private Money incomeAfter = Money.ZERO;

		private Money costsBefore = Money.ZERO;

		private Money costsAfter = Money.ZERO;

		void add(LineGroup group, Money before, Money after) {
			if (group.isIncome()) {
				this.incomeBefore = this.incomeBefore.plus(before);
				this.incomeAfter = this.incomeAfter.plus(after);
			}
			else {
				this.costsBefore = this.costsBefore.plus(before);
				this.costsAfter = this.costsAfter.plus(after);
			}
		}

		Total total(int year) {
			return new Total(year, this.incomeBefore, this.incomeAfter, this.costsBefore, this.costsAfter);
		}

	}

}
