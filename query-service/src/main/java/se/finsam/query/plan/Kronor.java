package se.finsam.query.plan;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import se.finsam.events.Money;

/**
 * Amounts and shares as Swedish users read them in messages: {@code 3 590 000 kr}, öre
 * only when there are any; {@code 23,2 %}. The command side words its messages the same
 * way; the two sides share no code.
 */
final class Kronor {

	private Kronor() {
	}

	static String format(Money money) {
		BigDecimal kronor = money.kronor();
		String pattern = (kronor.stripTrailingZeros().scale() > 0) ? "#,##0.00" : "#,##0";
		return new DecimalFormat(pattern, symbols()).format(kronor) + " kr";
	}

	static String percent(BigDecimal percent) {
		return percent.toPlainString().replace('.', ',') + " %";
	}

	private static DecimalFormatSymbols symbols() {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator(' ');
		symbols.setDecimalSeparator(',');
		return symbols;
	}

}
