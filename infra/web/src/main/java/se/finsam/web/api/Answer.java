package se.finsam.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A command's answer: accepted with the aggregate's new version, or refused with the
 * API's Swedish problem (title, detail and one error per field).
 */
public record Answer(int status, JsonNode body) {

	public Answer {
		body = (body != null) ? body : MissingNode.getInstance();
	}

	public boolean accepted() {
		return this.status >= 200 && this.status < 300;
	}

	public long version() {
		return this.body.path("version").asLong();
	}

	public String text(String field) {
		return this.body.path(field).asText();
	}

	/** The problem's title and detail, for the error summary. */
	public String summary() {
		String title = this.body.path("title").asText("Det gick inte att spara");
		String detail = this.body.path("detail").asText("");
		return detail.isBlank() || detail.equals(title) ? title : title + ": " + detail;
	}

	/**
	 * The field errors, keyed by the request's field path (e.g. {@code content.title}),
	 * each with its messages; errors without a field under the empty key.
	 */
	public Map<String, List<String>> fieldErrors() {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (JsonNode error : this.body.path("errors")) {
			String field = error.path("field").asText("");
			errors.computeIfAbsent(field, (key) -> new ArrayList<>()).add(error.path("message").asText());
		}
		return errors;
	}

}
