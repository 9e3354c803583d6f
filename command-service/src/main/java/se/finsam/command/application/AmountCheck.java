package se.finsam.command.application;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.finsam.command.shared.RuleViolation;
import se.finsam.events.AnnualAmount;
import se.finsam.events.Money;

/**
 * Amounts recommended, proposed or granted stay within what was applied for: only
 * requested years, each at most its requested amount. The board may grant less than
 * applied for, never more, so the reserved funds never exceed the application.
 */
final class AmountCheck {

	private AmountCheck() {
	}

	static void withinRequested(List<AnnualAmount> requested, List<AnnualAmount> given, String field,
			RuleViolation.Collector broken) {
		Map<Integer, Money> requestedByYear = requested.stream()
			.collect(Collectors.toMap(AnnualAmount::year, AnnualAmount::amount, (first, second) -> first));
		broken.check(!given.isEmpty(), "application.amounts-required", field, "Ange belopp för minst ett år.");
		Set<Integer> years = new HashSet<>();
		for (int i = 0; i < given.size(); i++) {
			AnnualAmount amount = given.get(i);
			String at = field + "[" + i + "]";
			Money limit = requestedByYear.get(amount.year());
			broken.check(limit != null, "application.amount-year-not-requested", at + ".year",
					"Året " + amount.year() + " finns inte bland de sökta åren ("
							+ requested.stream().map((a) -> String.valueOf(a.year())).collect(Collectors.joining(", "))
							+ ").");
			broken.check(years.add(amount.year()), "application.amount-year-duplicate", at + ".year",
					"Året " + amount.year() + " anges flera gånger; ange ett belopp per år.");
			broken.check(amount.amount().isPositive(), "application.amount-not-positive", at + ".amount",
					"Beloppet för " + amount.year() + " ska vara större än noll.");
			broken.check(limit == null || amount.amount().compareTo(limit) <= 0, "application.amount-above-requested",
					at + ".amount", "Beloppet för " + amount.year() + " (" + amount.amount()
							+ " kr) är högre än det sökta (" + limit + " kr).");
		}
	}

}
