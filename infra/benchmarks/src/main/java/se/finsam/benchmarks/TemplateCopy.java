package se.finsam.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import se.finsam.events.AssociationId;
import se.finsam.events.IndicatorSurveyId;
import se.finsam.events.PlanId;

/**
 * Turns one event of the recorded template into the same event of another association,
 * year and repetition: every identifier replaced by a new one drawn from the seed (the
 * same identifier always by the same new one within a copy, so events keep pointing at
 * each other), the identifiers the product derives (a plan's, an indicator survey's)
 * derived again from the new association and year, and every date moved by whole years.
 * Pure and deterministic: the same seed gives the same history.
 */
final class TemplateCopy {

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Pattern DATE = Pattern.compile("(?<![0-9])(20[0-9]{2})-([01][0-9])-([0-3][0-9])");

	private static final Pattern YEAR_FIELD = Pattern.compile("(\"(?:year|fromYear|toYear)\":)(20[0-9]{2})");

	private final long seed;

	private final String templateAssociation;

	private final int templateYear;

	private final Map<String, String> derived = new HashMap<>();

	private final int association;

	private final int yearOffset;

	private final long scope;

	/**
	 * @param seed the history's seed
	 * @param templateAssociation the association the template was recorded for
	 * @param templateYear the year it was recorded in
	 * @param association which association this copy is for (0, 1, …)
	 * @param yearOffset whole years to move the copy by
	 * @param repetition which repetition of the year's cases
	 */
	TemplateCopy(long seed, String templateAssociation, int templateYear, int association, int yearOffset,
			int repetition) {
		this.seed = seed;
		this.templateAssociation = templateAssociation;
		this.templateYear = templateYear;
		this.association = association;
		this.yearOffset = yearOffset;
		this.scope = mix(mix(mix(seed, association), yearOffset), repetition);
		String newAssociation = associationId();
		for (int year = this.templateYear - 3; year <= this.templateYear + 3; year++) {
			AssociationId from = AssociationId.of(templateAssociation);
			AssociationId to = AssociationId.of(newAssociation);
			this.derived.put(PlanId.of(from, year).toString(), PlanId.of(to, year + yearOffset).toString());
			this.derived.put(IndicatorSurveyId.of(from, year).toString(),
					IndicatorSurveyId.of(to, year + yearOffset).toString());
		}
		this.derived.put(templateAssociation, newAssociation);
	}

	/** The copy's association: the same for every year and repetition of it. */
	String associationId() {
		return uuid(mix(this.seed, this.association), 0x5A5AL).toString();
	}

	String text(String template) {
		if (template == null) {
			return null;
		}
		String ids = UUID_TEXT.matcher(template).replaceAll((match) -> id(match.group()));
		String dates = DATE.matcher(ids).replaceAll(this::date);
		return YEAR_FIELD.matcher(dates)
			.replaceAll((match) -> match.group(1) + (Integer.parseInt(match.group(2)) + this.yearOffset));
	}

	byte[] bytes(byte[] template) {
		return (template != null) ? text(new String(template, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
				: null;
	}

	String id(String templateId) {
		String derivedId = this.derived.get(templateId);
		if (derivedId != null) {
			return derivedId;
		}
		UUID original = UUID.fromString(templateId);
		return uuid(mix(this.scope, original.getMostSignificantBits()), original.getLeastSignificantBits()).toString();
	}

	private String date(MatchResult match) {
		int year = Integer.parseInt(match.group(1)) + this.yearOffset;
		int month = Integer.parseInt(match.group(2));
		int day = Integer.parseInt(match.group(3));
		if (month < 1 || month > 12 || day < 1 || day > 31) {
			return match.group();
		}
		// 29 February moves to the 28th in a year that has none.
		LocalDate shifted = LocalDate.of(year, month, 1);
		return shifted.withDayOfMonth(Math.min(day, shifted.lengthOfMonth())).toString();
	}

	/** A random (version 4) UUID drawn from the two values. */
	private static UUID uuid(long a, long b) {
		long high = mix(a, b);
		long low = mix(high, a ^ 0x9E3779B97F4A7C15L);
		high = (high & ~0xF000L) | 0x4000L;
		low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	/** SplitMix64's finaliser over two values: well spread, and the same every time. */
	static long mix(long a, long b) {
		long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
