package se.finsam.platform.security;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityLogTest {

	private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

	@Test
	void aForgedLineBreakStaysInsideItsValue() {
		String line = SecurityLog.line(NOON, "sign-in-failed",
				fields("kansli\n2026-11-23T12:00:01Z event=sign-in user=\"admin\"", "GET /api"));

		assertThat(line).doesNotContain("\n").doesNotContain("\r");
		assertThat(line).isEqualTo("2026-11-23T12:00:00Z event=sign-in-failed "
				+ "user=\"kansli\\u000a2026-11-23T12:00:01Z event=sign-in user=\\\"admin\\\"\" target=\"GET /api\"");
	}

	@Test
	void controlAndLineSeparatorCharactersAreEscaped() {
		assertThat(SecurityLog.encode("a\rb\u0000c\u2028d\u001be\\"))
			.isEqualTo("a\\u000db\\u0000c\\u2028d\\u001be\\\\");
	}

	@Test
	void ordinaryTextIsKeptAsItIs() {
		assertThat(SecurityLog.encode("Åsa Öberg, 212000-1785")).isEqualTo("Åsa Öberg, 212000-1785");
	}

	private static Map<String, String> fields(String user, String target) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("user", user);
		fields.put("target", target);
		return fields;
	}

}
