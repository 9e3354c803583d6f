package se.finsam.query.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The history's verification as the command side (where the events are) reports it, for
 * the auditor's report. Empty when no address is configured or the command side does not
 * answer; the report then says so.
 */
@Component
class HistoryStatus {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	private final String url;

	private final ObjectMapper json;

	HistoryStatus(@Value("${finsam.history.verification-url:}") String url, ObjectMapper json) {
		this.url = url;
		this.json = json;
	}

	Optional<JsonNode> verification() {
		if (this.url.isBlank()) {
			return Optional.empty();
		}
		try {
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(URI.create(this.url)).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
			return (response.statusCode() == 200) ? Optional.of(this.json.readTree(response.body())) : Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

}
