package se.finsam.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The product's HTTP API at its one address, as a local user. */
final class Api {

	static final ObjectMapper JSON = new ObjectMapper();

	private final String address;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	Api(String address) {
		this.address = address;
	}

	record Response(int status, String text) {

		JsonNode json() {
			try {
				return JSON.readTree(this.text);
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Not JSON: " + this.text, ex);
			}
		}

	}

	Response send(String method, String path, String user, Object body) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.address + path))
				.timeout(Duration.ofSeconds(120))
				.header("Authorization", "Basic "
						+ Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
			if (body != null) {
				byte[] bytes = (body instanceof String text) ? text.getBytes(StandardCharsets.UTF_8)
						: JSON.writeValueAsBytes(body);
				request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
			}
			else {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + path, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Sends and insists on the expected status; returns the answer's JSON. */
	JsonNode ok(String method, String path, String user, Object body, int expected) {
		Response response = send(method, path, user, body);
		if (response.status() != expected) {
			throw new IllegalStateException(method + " " + path + ": " + response.status() + " " + response.text());
		}
		return response.text().isEmpty() ? JSON.createObjectNode() : response.json();
	}

}
