package se.finsam.query.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.finsam.events.AnnualAmount;
import se.finsam.events.MemberKind;
import se.finsam.events.Money;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.plan.BudgetLine;
import se.finsam.events.plan.EconomicGoals;
import se.finsam.events.plan.LineGroup;

/**
 * The totals, subtotals and shares of a budget, computed from its lines for the plan's
 * year and its two plan years. Money is summed in whole öre; only shares are divided.
 */
final class PlanFigures {

	/** The plan's year and its two plan years. */
	static final int YEARS = 3;

	private final List<Year> years;

	private PlanFigures(List<Year> years) {
		this.years = years;
	}

	/**
	 * @param kinds the kind of each member organisation; a contribution line whose member
	 * is not known counts in the totals but in no member kind's share
	 */
	static PlanFigures of(int planYear, Collection<BudgetLine> lines, Map<OrganisationNumber, MemberKind> kinds) {
		List<Year> years = new ArrayList<>();
		for (int year = planYear; year < planYear + YEARS; year++) {
			Map<LineGroup, Money> groups = zeros(LineGroup.class);
			Map<MemberKind, Money> byKind = zeros(MemberKind.class);
			for (BudgetLine line : lines) {
				Money amount = amountOf(line, year);
				groups.merge(line.group(), amount, Money::plus);
				MemberKind kind = (line.group() == LineGroup.CONTRIBUTION) ? kinds.get(line.member()) : null;
				if (kind != null) {
					byKind.merge(kind, amount, Money::plus);
				}
			}
			years.add(new Year(year, Collections.unmodifiableMap(groups), Collections.unmodifiableMap(byKind)));
		}
		return new PlanFigures(List.copyOf(years));
	}

	/** A line's amount for a year; a year the line does not name is zero. */
	static Money amountOf(BudgetLine line, int year) {
		return line.amounts()
			.stream()
			.filter((amount) -> amount.year() == year)
			.map(AnnualAmount::amount)
			.findFirst()
			.orElse(Money.ZERO);
	}

	List<Year> years() {
		return this.years;
	}

	/**
	 * Equity through the three years: each year opens with the one before's closing, and
	 * closes with the result less what the budget draws from equity, so a budget that
	 * balances only by drawing on equity lowers it.
	 * @param opening the equity brought into the plan's year, or null when unknown (then
	 * no year has an opening or closing)
	 * @param goals the plan's economic goals, for the ceiling and the floor
	 */
	List<Equity> equity(Money opening, EconomicGoals goals) {
		List<Equity> equity = new ArrayList<>();
		Money open = opening;
		for (Year year : this.years) {
			Money drawn = year.group(LineGroup.EQUITY_DRAWN);
			Money closing = (open != null) ? open.minus(drawn).plus(year.result()) : null;
			Integer ceilingPercent = (goals != null) ? goals.equityCeilingPercent() : null;
			Money ceiling = (ceilingPercent != null) ? percentOf(year.contributions(), ceilingPercent) : null;
			equity.add(new Equity(year.year(), open, drawn, year.result(), closing, ceiling,
					(goals != null) ? goals.equityFloor() : null));
			open = closing;
		}
		return List.copyOf(equity);
	}

	/** A whole per cent of an amount, to the nearest öre. */
	static Money percentOf(Money amount, int percent) {
		return new Money(BigDecimal.valueOf(amount.ore())
			.multiply(BigDecimal.valueOf(percent))
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
			.longValueExact());
	}

	private static <K extends Enum<K>> Map<K, Money> zeros(Class<K> type) {
		Map<K, Money> map = new EnumMap<>(type);
		for (K key : type.getEnumConstants()) {
			map.put(key, Money.ZERO);
		}
		return map;
	}

	/**
	 * One year's figures.
	 *
	 * @param groups every group's subtotal, zero for a group without lines
	 * @param contributionsByKind the contribution lines summed by their member's kind
	 */
	record Year(int year, Map<LineGroup, Money> groups, Map<MemberKind, Money> contributionsByKind) {

		Money group(LineGroup group) {
			return this.groups.get(group);
		}

		Money contributions() {
			return group(LineGroup.CONTRIBUTION);
		}

		/** Contributions, equity drawn and external funding. */
		Money income() {
			return sum(true);
		}

		/** Every cost group. */
		Money costs() {
			return sum(false);
		}

		Money result() {
			return income().minus(costs());
		}

		/**
		 * A group's subtotal as a share of the contributions; null without contributions.
		 */
		Share share(LineGroup group) {
			return Share.of(group(group), contributions());
		}

		/**
		 * A member kind's contributions as a share of all; null without contributions.
		 */
		Share memberShare(MemberKind kind) {
			return Share.of(this.contributionsByKind.get(kind), contributions());
		}

		private Money sum(boolean income) {
			return this.groups.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().isIncome() == income)
				.map(Map.Entry::getValue)
				.reduce(Money.ZERO, Money::plus);
		}

	}

	/**
	 * A part of a whole in per cent: to one decimal for the view, and to the whole per
	 * cent (both half up from the exact ratio) for comparison with documents, which print
	 * whole per cents.
	 */
	record Share(BigDecimal percent, int whole) {

		static Share of(Money part, Money whole) {
			if (whole.ore() == 0) {
				return null;
			}
			BigDecimal hundredfold = BigDecimal.valueOf(part.ore()).multiply(BigDecimal.valueOf(100));
			BigDecimal of = BigDecimal.valueOf(whole.ore());
			return new Share(hundredfold.divide(of, 1, RoundingMode.HALF_UP),
					hundredfold.divide(of, 0, RoundingMode.HALF_UP).intValueExact());
		}

		/**
		 * The exact share of {@code part} in {@code whole} compared with {@code percent},
		 * without rounding: negative below, zero equal, positive above.
		 */
		static int compare(Money part, Money whole, int percent) {
			return BigDecimal.valueOf(part.ore())
				.multiply(BigDecimal.valueOf(100))
				.compareTo(BigDecimal.valueOf(whole.ore()).multiply(BigDecimal.valueOf(percent)));
		}

	}

	/**
	 * Equity in one year. {@code opening} and {@code closing} are null when the opening
	 * equity is not recorded; {@code ceiling} and {@code floor} when the plan sets no
	 * such goal.
	 */
	record Equity(int year, Money opening, Money drawn, Money result, Money closing, Money ceiling, Money floor) {

	}

}
