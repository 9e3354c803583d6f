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
 * Registers a demo association (Klarälvdalen, from its 2025 plan) and loads its plan and
 * budget file, through the public command API, once per data directory.
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
		String location = post(address + "/api/associations", "application/json", resource("/demo/klaralvdalen.json"));
		String id = location.substring(location.lastIndexOf('/') + 1);
		Files.writeString(marker, id);
		String plan = post(address + "/api/associations/" + id + "/plans/import", "application/yaml",
				resource("/plans/klaralvdalen-2025.yaml"));
		return "  Demoförbundet är registrerat: " + address + location + "\n  med verksamhetsplan och budget 2025: "
				+ address + plan;
	}

	/**
	 * Sends a command as the local administrator; returns the Location of what it
	 * created.
	 */
	private static String post(String url, String contentType, String body) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", contentType)
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("Demodata kunde inte läsas in (" + url + "): " + response.body());
		}
		return response.headers().firstValue("Location").orElseThrow();
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = DemoData.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
