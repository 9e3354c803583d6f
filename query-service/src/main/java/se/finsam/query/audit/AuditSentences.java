package se.finsam.query.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import se.finsam.events.Money;
import se.finsam.platform.format.Kronor;

/**
 * Writes an event as a Swedish sentence for the audit trail, from the templates in
 * {@code audit/sentences.properties}. Written when read, so better wording needs no
 * rebuild.
 */
@Component
class AuditSentences {

	private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z0-9_.]+)(?:\\|(kr|n|sv|citation))?}");

	private final Properties templates = new Properties();

	AuditSentences() {
		try (InputStream in = AuditSentences.class.getResourceAsStream("/audit/sentences.properties")) {
			this.templates.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean knows(String type) {
		return this.templates.containsKey(type);
	}

	String sentence(String type, JsonNode data) {
		String template = this.templates.getProperty(type);
		if (template == null) {
			return "Händelsen " + type + " registrerades.";
		}
		Matcher matcher = FIELD.matcher(template);
		StringBuilder sentence = new StringBuilder();
		while (matcher.find()) {
			JsonNode value = at(data, matcher.group(1));
			matcher.appendReplacement(sentence, Matcher.quoteReplacement(render(value, matcher.group(2))));
		}
		matcher.appendTail(sentence);
		return sentence.toString();
	}

	private String render(JsonNode value, String format) {
		if (value == null || value.isMissingNode() || value.isNull()) {
			return "–";
		}
		if (format == null) {
			return value.asText();
		}
		return switch (format) {
			case "kr" -> Kronor.format(Money.parse(value.asText()));
			case "n" -> String.valueOf(value.size());
			case "sv" -> this.templates.getProperty("value." + value.asText(), value.asText());
			case "citation" -> value.path("meetingDate").asText() + " § " + value.path("item").asText();
			default -> value.asText();
		};
	}

	private static JsonNode at(JsonNode data, String path) {
		JsonNode node = data;
		for (String field : path.split("\\.")) {
			node = node.path(field);
		}
		return node;
	}

}
