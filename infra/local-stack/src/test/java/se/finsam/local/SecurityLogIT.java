package se.finsam.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security log, in its own file apart from the application's log: one line per event,
 * UTC time first, and no input can forge a line.
 */
class SecurityLogIT {

	private static final Pattern LINE = Pattern.compile(
			"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?Z event=[a-z-]+( [a-z]+=\"([^\"\\\\]|\\\\.)*\")*");

	@Test
	void aUserNameWithALineBreakCannotForgeALine() throws Exception {
		String marker = "forged-" + UUID.randomUUID();
		// No colon before the marker: Basic credentials end the user name at the first.
		String forged = "kansli\n" + marker + " event=sign-in user=\"admin\"";
		assertThat(basic(forged + ":kansli", "/api/associations/" + UUID.randomUUID())).isEqualTo(401);

		List<String> withMarker = lines().stream().filter((line) -> line.contains(marker)).toList();
		assertThat(withMarker).hasSize(1);
		assertThat(withMarker.get(0)).matches(LINE)
			.contains(" event=sign-in-failed user=\"kansli\\u000a" + marker + " event=sign-in user=\\\"admin\\\"\"");
	}

	@Test
	void signInsAndReadsOfExportsAreLoggedWithUtcTimeAndUser() throws Exception {
		String association = SharedStack.register("Förbundet med säkerhetslogg");
		SharedStack.awaitView(association, 0, java.time.Duration.ofSeconds(60));
		String export = "/api/associations/" + association + "/exports/national-follow-up/2026.csv";
		assertThat(basic("revisor:revisor", export)).isEqualTo(200);
		assertThat(basic("revisor:fel-lösenord", export)).isEqualTo(401);

		List<String> lines = lines();
		assertThat(lines).anyMatch((line) -> line.contains("event=read user=\"revisor\" target=\"GET " + export));
		assertThat(lines).anyMatch((line) -> line.contains("event=sign-in user=\"revisor\" target=\"GET " + export));
		assertThat(lines)
			.anyMatch((line) -> line.contains("event=sign-in-failed user=\"revisor\" target=\"GET " + export));
	}

	@Test
	void everyLineIsASecurityEventAndNothingElse() throws Exception {
		basic("kansli:kansli", "/api/associations/" + UUID.randomUUID());
		assertThat(lines()).isNotEmpty().allSatisfy((line) -> assertThat(line).matches(LINE));
	}

	private static int basic(String credentials, String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(SharedStack.get().address() + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static List<String> lines() throws IOException {
		return Files.readAllLines(SharedStack.SECURITY_LOG, StandardCharsets.UTF_8);
	}

}
