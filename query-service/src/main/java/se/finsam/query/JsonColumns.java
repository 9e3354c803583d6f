package se.finsam.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * Values kept in JSONB columns of the views, written and read with the application's
 * mapper so they have the contract's JSON form. A value that cannot be read is a broken
 * view, not a user error.
 */
@Component
public class JsonColumns {

	private final ObjectMapper json;

	public JsonColumns(ObjectMapper json) {
		this.json = json;
	}

	public String write(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The value, or null for a null column. */
	public <T> T read(String value, Class<T> type) {
		if (value == null) {
			return null;
		}
		try {
			return this.json.readValue(value, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public <T> T read(String value, TypeReference<T> type) {
		if (value == null) {
			return null;
		}
		try {
			return this.json.readValue(value, type);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public JsonNode tree(String value) {
		try {
			return this.json.readTree(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
