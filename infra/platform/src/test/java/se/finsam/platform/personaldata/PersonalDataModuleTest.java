package se.finsam.platform.personaldata;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import se.finsam.events.AssociationId;
import se.finsam.events.OrganisationNumber;
import se.finsam.events.PersonName;
import se.finsam.events.association.BoardSeat;
import se.finsam.events.association.BoardSeatAssigned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataModuleTest {

	private static final AssociationId ASSOCIATION = AssociationId.random();

	private final InMemoryKeys keys = new InMemoryKeys();

	private final ObjectMapper json = new ObjectMapper().registerModule(new PersonalDataModule(this.keys));

	private final BoardSeatAssigned event = new BoardSeatAssigned(ASSOCIATION,
			new BoardSeat(OrganisationNumber.of("202100-5521"), PersonName.of("Åsa Öberg"), PersonName.of("Bo Berg")));

	@Test
	void storesNoNameInPlainTextAndReadsEveryNameBackWithItsSubject() throws Exception {
		String stored = this.json.writeValueAsString(this.event);

		assertThat(stored).doesNotContain("Åsa", "Öberg", "Bo Berg");
		ObjectNode seat = (ObjectNode) this.json.readTree(stored).path("seat");
		assertThat(seat.path("ordinaryMember").fieldNames()).toIterable()
			.containsExactly("subject", "keyVersion", "ciphertext");
		BoardSeatAssigned read = this.json.readValue(stored, BoardSeatAssigned.class);
		assertThat(read).isEqualTo(this.event);
		assertThat(read.seat().ordinaryMember().subject())
			.isEqualTo(this.keys.keyFor(ASSOCIATION, "Åsa Öberg").subject());
		assertThat(read.seat().deputy().subject()).isNotEqualTo(read.seat().ordinaryMember().subject());
	}

	@Test
	void theSameNameInAnotherAssociationIsAnotherSubject() {
		assertThat(this.keys.keyFor(ASSOCIATION, "Bo Berg").subject())
			.isEqualTo(this.keys.keyFor(ASSOCIATION, "Bo Berg").subject())
			.isNotEqualTo(this.keys.keyFor(AssociationId.random(), "Bo Berg").subject());
	}

	@Test
	void aChangedCiphertextIsRefused() throws Exception {
		ObjectNode stored = (ObjectNode) this.json.valueToTree(this.event);
		ObjectNode name = (ObjectNode) stored.path("seat").path("ordinaryMember");
		byte[] ciphertext = Base64.getDecoder().decode(name.path("ciphertext").asText());
		ciphertext[ciphertext.length - 1] ^= 1;
		name.put("ciphertext", Base64.getEncoder().encodeToString(ciphertext));

		assertThatThrownBy(() -> this.json.treeToValue(stored, BoardSeatAssigned.class))
			.hasRootCauseInstanceOf(Aead.TamperedException.class);
	}

	@Test
	void aCiphertextMovedToAnotherSubjectIsRefused() throws Exception {
		ObjectNode stored = (ObjectNode) this.json.valueToTree(this.event);
		ObjectNode seat = (ObjectNode) stored.path("seat");
		((ObjectNode) seat.path("deputy")).set("ciphertext", seat.path("ordinaryMember").path("ciphertext"));

		assertThatThrownBy(() -> this.json.treeToValue(stored, BoardSeatAssigned.class))
			.hasRootCauseInstanceOf(Aead.TamperedException.class);
	}

	@Test
	void aNameWhoseKeyIsGoneReadsAsErasedAndStaysErasedWhenStoredAgain() throws Exception {
		String stored = this.json.writeValueAsString(this.event);
		UUID erased = this.keys.keyFor(ASSOCIATION, "Åsa Öberg").subject();
		this.keys.erase(erased);

		BoardSeatAssigned read = this.json.readValue(stored, BoardSeatAssigned.class);
		assertThat(read.seat().ordinaryMember()).isEqualTo(PersonName.erased(erased));
		assertThat(read.seat().ordinaryMember().toString()).isEqualTo("[raderad]");
		assertThat(read.seat().deputy().value()).isEqualTo("Bo Berg");

		String storedAgain = this.json.writeValueAsString(read);
		assertThat(this.json.readTree(storedAgain).path("seat").path("ordinaryMember").has("ciphertext")).isFalse();
		assertThat(this.json.readValue(storedAgain, BoardSeatAssigned.class).seat().ordinaryMember())
			.isEqualTo(PersonName.erased(erased));
	}

	@Test
	void aSubjectWithoutAnyKeyReadsAsErased() throws Exception {
		ObjectNode stored = (ObjectNode) this.json.valueToTree(this.event);
		UUID unknown = UUID.randomUUID();
		((ObjectNode) stored.path("seat").path("ordinaryMember")).put("subject", unknown.toString());

		assertThat(this.json.treeToValue(stored, BoardSeatAssigned.class).seat().ordinaryMember())
			.isEqualTo(PersonName.erased(unknown));
	}

	@Test
	void erasedNamesOfTwoSubjectsDifferAndNoTypedNamePassesForOne() {
		UUID subject = UUID.randomUUID();
		assertThat(PersonName.erased(subject)).isEqualTo(PersonName.erased(subject))
			.isNotEqualTo(PersonName.erased(UUID.randomUUID()))
			.isNotEqualTo(PersonName.of("[raderad]"));
		assertThat(PersonName.of("[raderad]")).isNotEqualTo(PersonName.erased(subject));
		assertThat(PersonName.of("Bo Berg")).isEqualTo(new PersonName("Bo Berg", subject));
	}

	@Test
	void aNameOutsideAnAssociationsEventIsNotStored() {
		assertThatThrownBy(() -> this.json.writeValueAsString(PersonName.of("Bo Berg")))
			.isInstanceOf(JsonMappingException.class)
			.hasMessageContaining("association");
	}

	@Test
	void readsThePlainNamesOfTheFirstRevision() throws Exception {
		String firstRevision = """
				{"associationId":"%s","seat":{"memberOrganisation":"202100-5521","ordinaryMember":"Åsa Öberg",
				"deputy":null}}""".formatted(ASSOCIATION.value());

		assertThat(this.json.readValue(firstRevision, BoardSeatAssigned.class).seat().ordinaryMember().value())
			.isEqualTo("Åsa Öberg");
	}

	/** The key store's contract, in memory. */
	private static final class InMemoryKeys implements SubjectKeys {

		private final Map<String, SubjectKey> byName = new HashMap<>();

		private final Map<UUID, SecretKey> bySubject = new HashMap<>();

		@Override
		public SubjectKey keyFor(AssociationId association, String name) {
			return this.byName.computeIfAbsent(association.value() + "/" + name, (lookup) -> {
				SubjectKey key = new SubjectKey(UUID.randomUUID(), 1, Aead.newKey());
				this.bySubject.put(key.subject(), key.key());
				return key;
			});
		}

		@Override
		public Optional<SecretKey> key(UUID subject, int keyVersion) {
			return (keyVersion == 1) ? Optional.ofNullable(this.bySubject.get(subject)) : Optional.empty();
		}

		void erase(UUID subject) {
			this.bySubject.remove(subject);
		}

	}

}
