package se.finsam.web.api;

import com.fasterxml.jackson.databind.JsonNode;

/** An API answer a page cannot show as content: not found, not allowed, unavailable. */
public class ApiException extends RuntimeException {

	private final int status;

	private final transient JsonNode problem;

	public ApiException(int status, String message, JsonNode problem) {
		super(message);
		this.status = status;
		this.problem = problem;
	}

	public int status() {
		return this.status;
	}

	public JsonNode problem() {
		return this.problem;
	}

}
