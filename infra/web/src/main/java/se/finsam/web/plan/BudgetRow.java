package se.finsam.web.plan;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.util.MultiValueMap;

/**
 * One budget line as the plan's forms show it: code, name, group, member and whole kronor
 * for each of the plan's three years, as the user typed them. The forms post each column
 * as a repeated field ({@code name}, {@code group}, {@code amount0} …), one value per
 * row.
 *
 * @param code empty for a line the user adds; made from its name when sent
 * @param amounts three texts, blank where nothing is typed
 */
public record BudgetRow(String code, String name, String group, String member, List<String> amounts) {

	static final int YEARS = 3;

	/** A line of a plan view, with its amounts for the view's years from {@code year}. */
	static BudgetRow of(JsonNode line, int year) {
		List<String> amounts = new ArrayList<>();
		for (int offset = 0; offset < YEARS; offset++) {
			String amount = "";
			for (JsonNode annual : line.path("years")) {
				if (annual.path("year").asInt() == year + offset && !annual.path("budget").isNull()) {
					amount = whole(annual.path("budget").asText());
				}
			}
			amounts.add(amount);
		}
		return new BudgetRow(line.path("code").asText(), line.path("name").asText(), line.path("group").asText(),
				line.path("member").asText(""), amounts);
	}

	static BudgetRow empty(String group, String member, String name) {
		return new BudgetRow("", name, group, member, List.of("", "", ""));
	}

	/** The rows a form posted, in order. */
	static List<BudgetRow> read(MultiValueMap<String, String> form) {
		List<String> names = form.getOrDefault("name", List.of());
		List<BudgetRow> rows = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			List<String> amounts = new ArrayList<>();
			for (int offset = 0; offset < YEARS; offset++) {
				amounts.add(at(form.get("amount" + offset), i).replaceAll("[\\s\\u00a0]", "").replace(',', '.'));
			}
			rows.add(new BudgetRow(at(form.get("code"), i), names.get(i).strip(), at(form.get("group"), i),
					at(form.get("member"), i), amounts));
		}
		return rows;
	}

	/**
	 * No amount typed: the row is not sent, even with a name (the forms suggest names,
	 * such as one contribution line per member, that a plan need not use).
	 */
	boolean blank() {
		return this.amounts.stream().allMatch(String::isBlank);
	}

	/**
	 * Whether every amount is blank or zero: on a draft being amended, the rows the user
	 * emptied (the form shows 0 for years a line has no amount).
	 */
	boolean emptied() {
		return this.amounts.stream().allMatch((amount) -> kronor(amount).signum() == 0);
	}

	/**
	 * The line as the command API takes it. {@code everyYear}: a blank amount is zero (a
	 * revision replaces the whole line); otherwise blank years are left out.
	 */
	Map<String, Object> toLine(int year, Set<String> codesTaken, boolean everyYear) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("code", this.code.isBlank() ? codeFor(this.name, codesTaken) : this.code);
		line.put("group", this.group);
		line.put("name", this.name);
		line.put("member", this.member.isBlank() ? null : this.member);
		List<Map<String, Object>> amounts = new ArrayList<>();
		for (int offset = 0; offset < YEARS; offset++) {
			String amount = this.amounts.get(offset);
			if (!amount.isBlank() || everyYear) {
				amounts.add(Map.of("year", year + offset, "amount", amount.isBlank() ? "0" : amount));
			}
		}
		line.put("amounts", amounts);
		return line;
	}

	/** Whether the typed amounts differ from another row's (blank counts as zero). */
	boolean differsFrom(BudgetRow other) {
		for (int offset = 0; offset < YEARS; offset++) {
			if (kronor(this.amounts.get(offset)).compareTo(kronor(other.amounts.get(offset))) != 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A line code from a name, as the API wants it (small letters, digits and hyphens),
	 * unique among the codes taken: {@code Fria medel} gives {@code fria-medel}.
	 */
	static String codeFor(String name, Set<String> codesTaken) {
		String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		String base = plain.isEmpty() ? "rad" : plain.substring(0, Math.min(plain.length(), 50));
		String code = base;
		for (int n = 2; codesTaken.contains(code); n++) {
			code = base + "-" + n;
		}
		codesTaken.add(code);
		return code;
	}

	private static java.math.BigDecimal kronor(String text) {
		try {
			return text.isBlank() ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			return java.math.BigDecimal.ONE.negate();
		}
	}

	private static String whole(String amount) {
		return new java.math.BigDecimal(amount).stripTrailingZeros().toPlainString();
	}

	private static String at(List<String> values, int index) {
		return (values != null && index < values.size() && values.get(index) != null) ? values.get(index).strip() : "";
	}

}
