package se.finsam.platform.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Values in requests as a person writes them, and as every store downstream can keep
 * them: text without control characters (a NUL can be stored in an event but in no view),
 * and dates written as 2025-10-10 within the years 1900–2199 (a number would be read as
 * days since 1970 and may lie beyond what a database can hold). Anything else is refused
 * with a message for the field, before a command is formed.
 */
final class PlainValues {

	static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

	static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

	private PlainValues() {
	}

	static SimpleModule module() {
		SimpleModule module = new SimpleModule("plain-values");
		module.addDeserializer(String.class, new PlainText());
		module.addDeserializer(LocalDate.class, new PlainDate());
		return module;
	}

	/** Refused: what the user sees for the field. */
	static final class Refused extends JsonMappingException {

		Refused(JsonParser parser, String message) {
			super(parser, message);
		}

	}

	/** Tabs and line breaks are text; other control characters are not. */
	static boolean isPlain(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0);
			boolean loneSurrogate = Character.isHighSurrogate(c)
					? (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(++i)))
					: Character.isLowSurrogate(c);
			if (control || loneSurrogate) {
				return false;
			}
		}
		return true;
	}

	private static final class PlainText extends StdScalarDeserializer<String> {

		PlainText() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			String text = StringDeserializer.instance.deserialize(parser, context);
			if (text != null && !isPlain(text)) {
				throw new Refused(parser,
						"Texten innehåller tecken som inte går att spara (styrtecken). Skriv om den.");
			}
			return text;
		}

	}

	private static final class PlainDate extends StdScalarDeserializer<LocalDate> {

		PlainDate() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (parser.currentToken() != JsonToken.VALUE_STRING) {
				throw new Refused(parser, "Skriv datumet som 2025-10-10.");
			}
			LocalDate date;
			try {
				date = LocalDate.parse(parser.getText());
			}
			catch (DateTimeParseException ex) {
				throw new Refused(parser, "Skriv datumet som 2025-10-10 (ett datum som finns).");
			}
			if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
				throw new Refused(parser, "Datumet ska ligga mellan 1900-01-01 och 2199-12-31.");
			}
			return date;
		}

	}

}
