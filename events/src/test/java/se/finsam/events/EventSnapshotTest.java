package se.finsam.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.finsam.events.association.AssociationRegistered;
import se.finsam.events.association.BoardSeat;
import se.finsam.events.association.BoardSeatAssigned;
import se.finsam.events.association.MemberOrganisation;
import se.finsam.events.association.MemberOrganisationAdded;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the JSON of every event: a change to the contract fails here until someone
 * approves it by replacing the snapshot (the new form is written next to it as
 * {@code .actual.json}). Old snapshots must also still read into the same event.
 */
class EventSnapshotTest {

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
		.enable(SerializationFeature.INDENT_OUTPUT);

	private static final AssociationId ID = new AssociationId(UUID.fromString("3f1c2a4e-8d8b-4c1e-9a51-0b6f0f3c2d11"));

	private static final MemberOrganisation FK = new MemberOrganisation(OrganisationNumber.of("202100-5521"),
			"Försäkringskassan", MemberKind.STATE_AGENCY);

	private static final MemberOrganisation REGION = new MemberOrganisation(OrganisationNumber.of("232100-0164"),
			"Region Värmland", MemberKind.REGION);

	static Map<String, Object> samples() {
		return Map.of("AssociationRegistered",
				new AssociationRegistered(ID, "Klarälvdalens Samordningsförbund", OrganisationNumber.of("222000-2634"),
						List.of(FK, REGION),
						List.of(new BoardSeat(FK.organisationNumber(), PersonName.of("Anna Andersson"),
								PersonName.of("Bo Berg")))),
				"MemberOrganisationAdded",
				new MemberOrganisationAdded(ID,
						new MemberOrganisation(OrganisationNumber.of("212000-1785"), "Forshaga kommun",
								MemberKind.MUNICIPALITY)),
				"BoardSeatAssigned", new BoardSeatAssigned(ID,
						new BoardSeat(REGION.organisationNumber(), PersonName.of("Cecilia Dahl"), null)));
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
