package se.finsam.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Registers a demo association (Klarälvdalen, from its 2025 plan) through the public
 * command API, once per data directory.
 */
final class DemoData {

	private static final String MARKER = "demo-association";

	private DemoData() {
	}

	/**
	 * Loads the demo unless this data directory has it; returns what happened, in
	 * Swedish.
	 */
	static String load(String address, Path dataDirectory) throws IOException, InterruptedException {
		Path marker = dataDirectory.resolve(MARKER);
		if (Files.exists(marker)) {
			return "  Demoförbundet finns redan: " + address + "/api/associations/" + Files.readString(marker).strip();
		}
		String body;
		try (InputStream in = DemoData.class.getResourceAsStream("/demo/klaralvdalen.json")) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(address + "/api/associations"))
				.header("Content-Type", "application/json")
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Demoförbundet kunde inte registreras: " + response.body());
		}
		String location = response.headers().firstValue("Location").orElseThrow();
		String id = location.substring(location.lastIndexOf('/') + 1);
		Files.writeString(marker, id);
		return "  Demoförbundet är registrerat: " + address + location;
	}

}
