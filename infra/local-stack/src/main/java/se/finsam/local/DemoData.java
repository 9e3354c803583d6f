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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Registers a demo association (Klarälvdalen, from its 2025 plan), loads its plan and
 * budget file, and lives through its year 2025 as {@code demo/klaralvdalen-2025.yaml}
 * describes it: every step an ordinary command of the public API, sent on the day it
 * happens (the command side's clock is moved to that day). Once per data directory.
 */
final class DemoData {

	private static final String MARKER = "demo-association";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** A command's path names the aggregate it changes, whose version it must send. */
	private static final Pattern AGGREGATE = Pattern
		.compile("/api/(?:associations|meetings|applications|interventions|plans)/([0-9a-f-]{36})");

	/**
	 * Facts that add to an aggregate whatever its version (money in or out, a report):
	 * their requests take no version, and unknown fields are refused.
	 */
	private static final Pattern UNVERSIONED = Pattern.compile("/(payments|disbursements|reports)$");

	private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");

	private final String address;

	private final DemoClock clock;

	/** Ids the steps saved under a name, and the association and plan. */
	private final Map<String, String> names = new HashMap<>();

	/** Each aggregate's version after the last command on it. */
	private final Map<String, Long> versions = new HashMap<>();

	private DemoData(String address, DemoClock clock) {
		this.address = address;
		this.clock = clock;
	}

	/**
	 * Loads the demo unless this data directory has it; returns what happened, in
	 * Swedish.
	 */
	static String load(LocalStack stack, Path dataDirectory) throws IOException, InterruptedException {
		Path marker = dataDirectory.resolve(MARKER);
		String address = stack.address();
		if (Files.exists(marker)) {
			return "  Demoförbundet finns redan: " + address + "/api/associations/" + Files.readString(marker).strip();
		}
		DemoData demo = new DemoData(address, stack.commandClock());
		JsonNode registered = demo.send("POST", "/api/associations", "admin", "application/json",
				resource("/demo/klaralvdalen.json"));
		String id = registered.get("associationId").asText();
		Files.writeString(marker, id);
		demo.remember("association", registered);
		JsonNode plan = demo.send("POST", "/api/associations/" + id + "/plans/import", "admin", "application/yaml",
				resource("/plans/klaralvdalen-2025.yaml"));
		demo.remember("plan", plan);
		int steps = demo.live(new YAMLMapper().readTree(resource("/demo/klaralvdalen-2025.yaml")));
		return "  Demoförbundet är registrerat: " + address + "/api/associations/" + id
				+ "\n  med verksamhetsplan och budget 2025: " + address + "/api/plans/" + plan.get("planId").asText()
				+ "\n  och året 2025 i " + steps + " kommandon (sammanträden, ansökningar, insatser, rapporter).";
	}

	/** Sends every step on its day; returns how many commands were sent. */
	private int live(JsonNode script) throws IOException, InterruptedException {
		int sent = 0;
		try {
			for (JsonNode step : script.get("steps")) {
				this.clock.travelTo(LocalDate.parse(step.get("on").asText()));
				if (step.has("intervention")) {
					this.names.put(step.get("save").asText(),
							interventionNamed(resolve(step.get("intervention").asText())));
					continue;
				}
				String[] command = step.get("do").asText().split(" ", 2);
				String user = step.path("as").asText("kansli");
				List<JsonNode> bodies = step.has("each") ? list(step.get("each")) : List.of(step.path("body"));
				for (JsonNode body : bodies) {
					String path = resolve(command[1]);
					JsonNode answer = send(command[0], path, user, "application/json",
							JSON.writeValueAsString(withVersion(path, resolve(body))));
					if (step.has("save")) {
						remember(step.get("save").asText(), answer);
					}
					sent++;
				}
			}
		}
		finally {
			this.clock.backToNow();
		}
		return sent;
	}

	/**
	 * The intervention a grant started, found by its name (the application's title) on
	 * the read side: the decision's answer names the meeting, not the intervention.
	 */
	private String interventionNamed(String name) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			HttpResponse<String> response = HTTP
				.send(request("/api/associations/" + this.names.get("association") + "/interventions", "kansli").GET()
					.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 200) {
				for (JsonNode entry : JSON.readTree(response.body()).path("interventions")) {
					if (entry.path("name").asText().equals(name)) {
						return entry.get("interventionId").asText();
					}
				}
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("Demodata: insatsen " + name + " syns inte på lässidan.");
	}

	/** Keeps the id the answer names under a name the later steps use. */
	private void remember(String name, JsonNode answer) {
		this.names.put(name, idIn(answer));
	}

	/** The id an answer names: the aggregate the command created or changed. */
	private static String idIn(JsonNode answer) {
		for (Iterator<Map.Entry<String, JsonNode>> fields = answer.fields(); fields.hasNext();) {
			Map.Entry<String, JsonNode> field = fields.next();
			if (field.getKey().endsWith("Id")) {
				return field.getValue().asText();
			}
		}
		return null;
	}

	/**
	 * The body with the version of the aggregate the path names, unless the step gives
	 * one.
	 */
	private JsonNode withVersion(String path, JsonNode body) {
		Matcher aggregate = AGGREGATE.matcher(path);
		if (body instanceof ObjectNode object && aggregate.find() && !UNVERSIONED.matcher(path).find()
				&& !object.has("expectedVersion") && this.versions.containsKey(aggregate.group(1))) {
			object.put("expectedVersion", this.versions.get(aggregate.group(1)));
		}
		return body;
	}

	/** Replaces {@code ${name}} by the id saved under that name, in every text. */
	private JsonNode resolve(JsonNode node) {
		JsonNode copy = node.deepCopy();
		if (copy.isTextual()) {
			return new TextNode(resolve(copy.asText()));
		}
		if (copy instanceof ObjectNode object) {
			object.fields().forEachRemaining((field) -> field.setValue(resolve(field.getValue())));
		}
		else if (copy.isArray()) {
			for (int i = 0; i < copy.size(); i++) {
				((ArrayNode) copy).set(i, resolve(copy.get(i)));
			}
		}
		return copy;
	}

	private String resolve(String text) {
		Matcher reference = REFERENCE.matcher(text);
		StringBuilder resolved = new StringBuilder();
		while (reference.find()) {
			String id = this.names.get(reference.group(1));
			if (id == null) {
				throw new IllegalStateException("Demodata: okänt namn ${" + reference.group(1) + "}");
			}
			reference.appendReplacement(resolved, id);
		}
		return reference.appendTail(resolved).toString();
	}

	/**
	 * Sends a command as a local user; returns the answer, and notes the new version of
	 * the aggregate it names.
	 */
	private JsonNode send(String method, String path, String user, String contentType, String body)
			throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(request(path, user).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(
					"Demodata kunde inte läsas in (" + method + " " + path + "): " + response.body());
		}
		JsonNode answer = JSON.readTree(response.body());
		String changed = idIn(answer);
		if (changed != null && answer.has("version")) {
			this.versions.put(changed, answer.get("version").asLong());
		}
		return answer;
	}

	/** A request as one of the local users (user and password are the same). */
	private HttpRequest.Builder request(String path, String user) {
		return HttpRequest.newBuilder(URI.create(this.address + path))
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> items = new ArrayList<>();
		array.forEach(items::add);
		return items;
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = DemoData.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
