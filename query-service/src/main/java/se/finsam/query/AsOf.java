package se.finsam.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * The moment a reader asks about, in Swedish time: a day ({@code 2025-03-19}, meaning its
 * end) or a day and time ({@code 2025-03-19T14:30}). Facts that count by day (a plan's
 * lines, from their decision's day) use {@link #day()}; events use {@link #until()}.
 */
public record AsOf(LocalDate day, Instant until) {

	public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	/** Now. */
	public static AsOf now(Clock clock) {
		Instant now = clock.instant();
		return new AsOf(LocalDate.ofInstant(now, SWEDEN), now);
	}

	/** The given request value, or now when there is none. */
	public static AsOf orNow(AsOf asOf, Clock clock) {
		return (asOf != null) ? asOf : now(clock);
	}

	public static AsOf parse(String value) {
		String text = value.strip();
		if (text.length() <= 10) {
			LocalDate day = LocalDate.parse(text);
			return new AsOf(day, day.plusDays(1).atStartOfDay(SWEDEN).toInstant().minusNanos(1));
		}
		LocalDateTime moment = LocalDateTime.parse(text);
		return new AsOf(moment.toLocalDate(), moment.atZone(SWEDEN).toInstant());
	}

	/** Reads {@code asOf} request parameters; a value that is neither form is a 400. */
	@Component
	static class FromText implements Converter<String, AsOf> {

		@Override
		public AsOf convert(String source) {
			try {
				return parse(source);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("Ange datum som 2025-03-19 eller tidpunkt som 2025-03-19T14:30.",
						ex);
			}
		}

	}

}
