package se.finsam.web.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

import se.finsam.web.WebProperties;

/**
 * The command and query APIs over HTTP, as the logged-in user. Reads go to the query
 * side, commands to the command side, the verifiable history to the command side (where
 * the events are): the same rule as the product's one address.
 */
@Component
public class ApiClient {

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final WebProperties properties;

	private final ObjectMapper json;

	public ApiClient(WebProperties properties, ObjectMapper json) {
		this.properties = properties;
		this.json = json;
	}

	/** A read that must succeed. */
	public JsonNode get(String path) {
		return find(path).orElseThrow(() -> new ApiException(404, "Finns inte", null));
	}

	/** A read; empty when the API answers 404. */
	public Optional<JsonNode> find(String path) {
		HttpResponse<byte[]> response = exchange("GET", path, null, ApiCredentials.authorization());
		if (response.statusCode() == 404) {
			return Optional.empty();
		}
		JsonNode body = parse(response.body());
		if (response.statusCode() != 200) {
			throw new ApiException(response.statusCode(), body.path("title").asText("Frågan besvarades inte"), body);
		}
		return Optional.of(body);
	}

	/** A file (PDF, CSV) as the API serves it, with its content type. */
	public File file(String path) {
		HttpResponse<byte[]> response = exchange("GET", path, null, ApiCredentials.authorization());
		if (response.statusCode() != 200) {
			throw new ApiException(response.statusCode(), "Filen kunde inte hämtas", parse(response.body()));
		}
		return new File(response.headers().firstValue("Content-Type").orElse("application/octet-stream"),
				response.headers().firstValue("Content-Disposition").orElse(null), response.body());
	}

	/** A command; refusals (400, 409, 422) come back as an answer to show on the form. */
	public Answer send(String method, String path, Object body) {
		HttpResponse<byte[]> response = exchange(method, path, body, ApiCredentials.authorization());
		if (response.statusCode() == 401 || response.statusCode() == 403 || response.statusCode() >= 500) {
			throw new ApiException(response.statusCode(), "Kommandot besvarades inte", parse(response.body()));
		}
		return new Answer(response.statusCode(), parse(response.body()));
	}

	/**
	 * A command whose body is a file as the user gave it (a plan file), sent with its
	 * content type; refusals come back as an answer, as for {@link #send}.
	 */
	public Answer sendFile(String path, String contentType, byte[] file) {
		HttpResponse<byte[]> response = exchange("POST", path, HttpRequest.BodyPublishers.ofByteArray(file),
				contentType, ApiCredentials.authorization());
		if (response.statusCode() == 401 || response.statusCode() == 403 || response.statusCode() >= 500) {
			throw new ApiException(response.statusCode(), "Kommandot besvarades inte", parse(response.body()));
		}
		return new Answer(response.statusCode(), parse(response.body()));
	}

	/**
	 * Who a user name and password belong to, asked at login; empty when the API does not
	 * accept them.
	 */
	public Optional<JsonNode> whoIs(String authorization) {
		HttpResponse<byte[]> response = exchange("GET", "/api/me", null, authorization);
		return (response.statusCode() == 200) ? Optional.of(parse(response.body())) : Optional.empty();
	}

	/** {@code ?a=1&b=2} from the parameters that have a value. */
	public static String query(Map<String, ?> parameters) {
		String query = parameters.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() != null && !entry.getValue().toString().isBlank())
			.map((entry) -> entry.getKey() + "="
					+ URLEncoder.encode(entry.getValue().toString().strip(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? "" : "?" + query;
	}

	private HttpResponse<byte[]> exchange(String method, String path, Object body, String authorization) {
		try {
			return exchange(method, path,
					(body == null) ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofByteArray(this.json.writeValueAsBytes(body)),
					(body == null) ? null : "application/json", authorization);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private HttpResponse<byte[]> exchange(String method, String path, HttpRequest.BodyPublisher body,
			String contentType, String authorization) {
		boolean viewAdministration = path.startsWith("/api/admin/projections") || path.startsWith("/api/admin/replays");
		boolean command = path.startsWith("/api/history/")
				|| (!viewAdministration && !(method.equals("GET") || method.equals("HEAD")));
		String base = command ? this.properties.commandUrl() : this.properties.queryUrl();
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.timeout(Duration.ofSeconds(60))
				.header("Authorization", authorization)
				.header("Accept", "application/json, */*")
				.method(method, body);
			if (contentType != null) {
				request.header("Content-Type", contentType);
			}
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new ApiException(503, "Tjänsten svarar inte", null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ApiException(503, "Avbruten", null);
		}
	}

	private JsonNode parse(byte[] body) {
		try {
			return (body.length == 0) ? this.json.createObjectNode() : this.json.readTree(body);
		}
		catch (IOException ex) {
			return this.json.createObjectNode();
		}
	}

	/** A downloaded file. */
	public record File(String contentType, String disposition, byte[] content) {
	}

}
