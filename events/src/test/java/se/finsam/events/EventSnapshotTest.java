package se.finsam.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.finsam.events.application.ApplicationSamples;
import se.finsam.events.association.AssociationSamples;
import se.finsam.events.indicator.IndicatorSamples;
import se.finsam.events.intervention.InterventionSamples;
import se.finsam.events.plan.PlanSamples;
import se.finsam.events.meeting.MeetingSamples;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the JSON of every event: a change to the contract fails here until someone
 * approves it by replacing the snapshot (the new form is written next to it as
 * {@code .actual.json}). Old snapshots must also still read into the same event.
 */
class EventSnapshotTest {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	/** Every package's samples; a new aggregate's events add their samples class here. */
	static Map<String, Object> samples() {
		Map<String, Object> all = new TreeMap<>();
		all.putAll(AssociationSamples.all());
		all.putAll(InterventionSamples.all());
		all.putAll(PlanSamples.all());
		all.putAll(ApplicationSamples.all());
		all.putAll(MeetingSamples.all());
		all.putAll(IndicatorSamples.all());
		return all;
	}

	static List<String> names() {
		return samples().keySet().stream().sorted().toList();
	}

	@ParameterizedTest
	@MethodSource("names")
	void serialisedFormMatchesTheApprovedSnapshot(String name) throws IOException {
		Object event = samples().get(name);
		Path snapshot = Path.of("src/test/resources/snapshots", name + ".json");
		String actual = JSON.writeValueAsString(event) + "\n";
		if (!Files.exists(snapshot) || !Files.readString(snapshot).equals(actual)) {
			Files.writeString(Path.of("src/test/resources/snapshots", name + ".actual.json"), actual);
		}
		assertThat(snapshot).as("approved snapshot of %s", name).exists();
		assertThat(actual).isEqualTo(Files.readString(snapshot));
		assertThat(JSON.readValue(Files.readString(snapshot), event.getClass())).isEqualTo(event);
	}

	@ParameterizedTest
	@MethodSource("names")
	void everyEventHasASample(String name) {
		assertThat(EventContractTest.events()).anySatisfy((type) -> assertThat(type.getSimpleName()).isEqualTo(name));
		assertThat(samples()).hasSameSizeAs(EventContractTest.events());
	}

}
