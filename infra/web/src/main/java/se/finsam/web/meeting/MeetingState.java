package se.finsam.web.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import se.finsam.web.api.AggregateEvents;

/**
 * A meeting as meeting mode and the minutes show it, folded from the meeting's recorded
 * events: roster, who is here, whether the board is quorate, the items with their
 * conflicts, votes, dissent and outcome, the checker and the signatures.
 */
public final class MeetingState {

	private JsonNode scheduled;

	private final Map<String, String> presence = new LinkedHashMap<>();

	private boolean quorate;

	private List<String> voting = new ArrayList<>();

	private final Map<Integer, Item> items = new LinkedHashMap<>();

	private String checker;

	private final List<JsonNode> signatures = new ArrayList<>();

	private String adjustedOn;

	private long version;

	static MeetingState of(AggregateEvents.History history) {
		MeetingState state = new MeetingState();
		state.version = history.version();
		for (JsonNode event : history.events()) {
			JsonNode data = event.path("data");
			switch (event.path("type").asText()) {
				case "MeetingScheduled" -> state.scheduled = data;
				case "AttendanceRecorded" -> {
					state.presence.put(data.path("person").asText(), data.path("presence").asText());
					state.quorate = data.path("quorate").asBoolean();
					state.voting = texts(data.path("voting"));
				}
				case "AgendaItemAdded" -> state.items.put(data.path("item").asInt(),
						new Item(data.path("item").asInt(), data.path("title").asText(), data.path("type").asText(),
								data.path("application").asText(null)));
				case "ConflictOfInterestDeclared" ->
					state.item(data).conflict(data.path("person").asText(), data.path("reason").asText());
				case "ItemDecided", "MotionDefeated", "ItemDeferred" -> state.item(data).decided(event);
				case "CheckerAppointed" -> state.checker = data.path("checker").asText();
				case "MinutesSigned" -> state.signatures.add(data);
				case "MinutesAdjusted" -> state.adjustedOn = data.path("adjustedOn").asText();
				default -> {
					// Nothing else shows in meeting mode.
				}
			}
		}
		return state;
	}

	private Item item(JsonNode data) {
		return this.items.computeIfAbsent(data.path("item").asInt(), (number) -> new Item(number, "", "OTHER", null));
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach((node) -> texts.add(node.asText()));
		return texts;
	}

	public JsonNode scheduled() {
		return this.scheduled;
	}

	public String date() {
		return this.scheduled.path("date").asText();
	}

	/**
	 * Everyone on the roster, ordinary members first in each seat, then their deputies.
	 */
	public List<Person> people() {
		List<Person> people = new ArrayList<>();
		for (JsonNode seat : this.scheduled.path("roster")) {
			String organisation = seat.path("memberOrganisation").asText();
			String ordinary = seat.path("ordinaryMember").asText();
			people.add(new Person(ordinary, organisation, "Ledamot", this.presence.get(ordinary),
					this.voting.contains(ordinary)));
			for (JsonNode deputy : seat.path("deputies")) {
				people.add(new Person(deputy.asText(), organisation, "Ersättare", this.presence.get(deputy.asText()),
						this.voting.contains(deputy.asText())));
			}
		}
		return people;
	}

	public int seats() {
		return this.scheduled.path("roster").size();
	}

	public boolean quorate() {
		return this.quorate;
	}

	public boolean attendanceRecorded() {
		return !this.presence.isEmpty();
	}

	public List<String> voting() {
		return this.voting;
	}

	public List<Item> items() {
		return new ArrayList<>(this.items.values());
	}

	public String checker() {
		return this.checker;
	}

	public List<JsonNode> signatures() {
		return this.signatures;
	}

	public String adjustedOn() {
		return this.adjustedOn;
	}

	public boolean adjusted() {
		return this.adjustedOn != null;
	}

	public long version() {
		return this.version;
	}

	/** One person on the roster and their attendance. */
	public record Person(String name, String organisation, String role, String presence, boolean votes) {
	}

	/** One item (§) on the agenda and what became of it. */
	public static final class Item {

		private final int number;

		private final String title;

		private final String type;

		private final String application;

		private final List<String> conflicts = new ArrayList<>();

		private final List<String> conflicted = new ArrayList<>();

		private String outcome;

		private String wording;

		private JsonNode tally;

		private List<String> dissenting = List.of();

		private List<JsonNode> votes = List.of();

		private String citation;

		Item(int number, String title, String type, String application) {
			this.number = number;
			this.title = title;
			this.type = type;
			this.application = application;
		}

		void conflict(String person, String reason) {
			this.conflicts.add(person + " (" + reason + ")");
			this.conflicted.add(person);
		}

		/** Who declared a conflict of interest: they leave the item and do not vote. */
		public List<String> conflicted() {
			return this.conflicted;
		}

		void decided(JsonNode event) {
			JsonNode data = event.path("data");
			this.outcome = switch (event.path("type").asText()) {
				case "ItemDecided" -> "CARRIED";
				case "MotionDefeated" -> "DEFEATED";
				default -> "DEFERRED";
			};
			this.wording = data.path(this.outcome.equals("DEFERRED") ? "reason" : "resolution").asText("");
			this.tally = data.path("tally");
			this.dissenting = texts(data.path("dissenting"));
			List<JsonNode> cast = new ArrayList<>();
			data.path("votes").forEach(cast::add);
			this.votes = cast;
			this.citation = event.path("decision").asText(null);
		}

		public int number() {
			return this.number;
		}

		public String title() {
			return this.title;
		}

		public String type() {
			return this.type;
		}

		public String application() {
			return this.application;
		}

		public List<String> conflicts() {
			return this.conflicts;
		}

		public String outcome() {
			return this.outcome;
		}

		public boolean open() {
			return this.outcome == null;
		}

		public String wording() {
			return this.wording;
		}

		public JsonNode tally() {
			return this.tally;
		}

		public boolean counted() {
			return this.tally != null && this.tally.isObject();
		}

		public List<String> dissenting() {
			return this.dissenting;
		}

		public List<JsonNode> votes() {
			return this.votes;
		}

		public String citation() {
			return this.citation;
		}

		/** Who cast a vote of this choice ({@code YES}, {@code NO}, {@code ABSTAIN}). */
		public List<String> votersFor(String choice) {
			return this.votes.stream()
				.filter((vote) -> choice.equals(vote.path("choice").asText()))
				.map((vote) -> vote.path("person").asText())
				.toList();
		}

	}

}
