package se.finsam.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * One aggregate's recorded events as the read side serves them (type, when, who and the
 * event's data), oldest first: what a detail page (an application, a meeting) is drawn
 * from, and the version the next command builds on.
 */
@Component
public class AggregateEvents {

	private final ApiClient api;

	public AggregateEvents(ApiClient api) {
		this.api = api;
	}

	public History of(String associationId, String aggregateId) {
		JsonNode page = this.api.get("/api/associations/" + associationId + "/aggregates/" + aggregateId + "/events");
		List<JsonNode> events = new ArrayList<>();
		page.path("events").forEach(events::add);
		return new History(events);
	}

	/** An aggregate's events. */
	public record History(List<JsonNode> events) {

		public boolean exists() {
			return !this.events.isEmpty();
		}

		/** The version the next command names: the last event's sequence number. */
		public long version() {
			return this.events.isEmpty() ? -1 : this.events.get(this.events.size() - 1).path("sequence").asLong();
		}

		/** The data of the latest event of one of the types. */
		public Optional<JsonNode> latest(String... types) {
			for (int i = this.events.size() - 1; i >= 0; i--) {
				JsonNode event = this.events.get(i);
				for (String type : types) {
					if (type.equals(event.path("type").asText())) {
						return Optional.of(event.path("data"));
					}
				}
			}
			return Optional.empty();
		}

		public List<JsonNode> all(String type) {
			return this.events.stream().filter((event) -> type.equals(event.path("type").asText())).toList();
		}

	}

}
