package se.finsam.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security log: sign-ins, failed sign-ins, refused authorisations, and every read of
 * the audit trail or an export. Its own logger ({@code SECURITY}), sent to its own file
 * apart from the application's log. One line per event, time in UTC; every value is
 * quoted and escaped, so input with line breaks or quotes cannot forge a line or a field.
 */
public class SecurityLog {

	/** The logger's name; the logging configuration gives it its own file. */
	public static final String LOGGER = "SECURITY";

	private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

	private final Clock clock;

	public SecurityLog(Clock clock) {
		this.clock = clock;
	}

	public void signedIn(String user, String request) {
		write("sign-in", user, request, "");
	}

	public void signInFailed(String attemptedUser, String request, String reason) {
		write("sign-in-failed", attemptedUser, request, reason);
	}

	public void refused(String user, String request, String reason) {
		write("access-refused", user, request, reason);
	}

	/** A read of the audit trail or an export. */
	public void read(String user, String request) {
		write("read", user, request, "");
	}

	private void write(String event, String user, String target, String detail) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("user", user);
		fields.put("target", target);
		if (!detail.isEmpty()) {
			fields.put("detail", detail);
		}
		LOG.info(line(Instant.now(this.clock), event, fields));
	}

	/** One line: UTC time, the event, then each field as {@code name="value"}. */
	static String line(Instant time, String event, Map<String, String> fields) {
		StringBuilder line = new StringBuilder().append(time).append(" event=").append(event);
		fields.forEach((name, value) -> line.append(' ').append(name).append("=\"").append(encode(value)).append('"'));
		return line.toString();
	}

	/**
	 * Escapes the quote, the backslash and every control or line-separating character, so
	 * a value stays on its line and inside its quotes.
	 */
	static String encode(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder encoded = new StringBuilder(value.length());
		value.codePoints().forEach((c) -> {
			if (c == '"' || c == '\\') {
				encoded.append('\\').appendCodePoint(c);
			}
			else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
				encoded.append(String.format("\\u%04x", c));
			}
			else {
				encoded.appendCodePoint(c);
			}
		});
		return encoded.toString();
	}

}
