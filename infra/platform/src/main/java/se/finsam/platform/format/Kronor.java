package se.finsam.platform.format;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import se.finsam.events.Money;

/**
 * Amounts and shares as Swedish users read them in messages: {@code 3 590 000 kr}, öre
 * only when there are any; {@code 23,2 %}.
 */
public final class Kronor {

	private Kronor() {
	}

	public static String format(Money money) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator(' ');
		symbols.setDecimalSeparator(',');
		BigDecimal kronor = money.kronor();
		String pattern = (kronor.stripTrailingZeros().scale() > 0) ? "#,##0.00" : "#,##0";
		return new DecimalFormat(pattern, symbols).format(kronor) + " kr";
	}

	/** A per cent as written in Swedish: {@code 23,2 %}. */
	public static String percent(BigDecimal percent) {
		return percent.toPlainString().replace('.', ',') + " %";
	}

}
