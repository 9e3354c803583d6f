package se.finsam.web.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import se.finsam.events.Money;
import se.finsam.platform.format.Kronor;

/**
 * Swedish formats for the pages ({@code ${@fmt.kr(...)}} in templates): amounts as
 * {@code 3 590 000 kr} or {@code 3 590 tkr}, dates as {@code 2025-10-10}, moments in
 * Swedish time, per cents as {@code 23,2 %}.
 */
@Component("fmt")
public class Formats {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SWEDEN);

	/** An amount as the API writes it ({@code "3590000.00"}) in kronor; blank if none. */
	public String kr(Object amount) {
		Money money = money(amount);
		return (money == null) ? "–" : Kronor.format(money);
	}

	/**
	 * An amount in thousands of kronor, as tables in plans write it: {@code 3 590 tkr}.
	 */
	public String tkr(Object amount) {
		Money money = money(amount);
		if (money == null) {
			return "–";
		}
		BigDecimal thousands = money.kronor().divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP);
		return Kronor.format(Money.ofKronor(thousands.longValueExact())).replace(" kr", " tkr");
	}

	/** A per cent as the API writes it ({@code "23.2"}): {@code 23,2 %}. */
	public String percent(Object share) {
		String text = text(share);
		return (text == null) ? "–" : Kronor.percent(new BigDecimal(text));
	}

	/**
	 * How far an amount has moved from another (the budget from the adopted one):
	 * {@code +100 000 kr}, {@code −50 000 kr}, or a dash when either is missing or they
	 * are equal.
	 */
	public String change(Object now, Object before) {
		Money current = money(now);
		Money earlier = money(before);
		if (current == null || earlier == null) {
			return "–";
		}
		Money difference = current.minus(earlier);
		int sign = difference.kronor().signum();
		return (sign == 0) ? "–"
				: ((sign > 0) ? "+" : "−") + Kronor.format((sign > 0) ? difference : difference.negate());
	}

	/**
	 * Where an amount stands against a goal's ceiling and floor: {@code Över taket},
	 * {@code Under golvet}, {@code Inom målet}, or a dash without the amount or a goal.
	 */
	public String againstGoal(Object amount, Object ceiling, Object floor) {
		Money value = money(amount);
		Money top = money(ceiling);
		Money bottom = money(floor);
		if (value == null || (top == null && bottom == null)) {
			return "–";
		}
		if (top != null && value.compareTo(top) > 0) {
			return "Över taket";
		}
		if (bottom != null && value.compareTo(bottom) < 0) {
			return "Under golvet";
		}
		return "Inom målet";
	}

	/** A day: {@code 2025-10-10}. */
	public String date(Object day) {
		String text = text(day);
		return (text == null) ? "–" : LocalDate.parse(text.substring(0, 10)).toString();
	}

	/** A moment in Swedish time: {@code 2025-10-10 14:05}. */
	public String moment(Object instant) {
		String text = text(instant);
		return (text == null) ? "–" : MOMENT.format(Instant.parse(text));
	}

	/** Whole kronor of an amount, for a form's number field. */
	public String wholeKronor(Object amount) {
		Money money = money(amount);
		return (money == null) ? "" : money.kronor().setScale(0, RoundingMode.DOWN).toPlainString();
	}

	/**
	 * Amounts per year as the API lists them: {@code 2025: 300 000 kr; 2026: 100 000 kr}.
	 */
	public String amounts(JsonNode amounts) {
		java.util.List<String> texts = new java.util.ArrayList<>();
		amounts.forEach((amount) -> texts.add(amount.path("year").asText() + ": " + kr(amount.path("amount"))));
		return texts.isEmpty() ? "–" : String.join("; ", texts);
	}

	/** The texts of a JSON array, joined with commas. */
	public String join(JsonNode array) {
		java.util.List<String> texts = new java.util.ArrayList<>();
		array.forEach((node) -> texts.add(node.asText()));
		return String.join(", ", texts);
	}

	private static Money money(Object amount) {
		String text = text(amount);
		return (text == null) ? null : Money.parse(text);
	}

	private static String text(Object value) {
		if (value instanceof JsonNode node) {
			return (node.isMissingNode() || node.isNull() || node.asText().isBlank()) ? null : node.asText();
		}
		return (value == null || value.toString().isBlank()) ? null : value.toString();
	}

}
