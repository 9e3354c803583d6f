package se.finsam.platform.personaldata;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import se.finsam.events.AssociationEvent;
import se.finsam.events.AssociationId;
import se.finsam.events.PersonName;

/**
 * The one place where names are sealed and opened: registered on the event serializer
 * only, so every event is stored and published with each {@link PersonName} as
 * <code>{"subject": …, "keyVersion": …, "ciphertext": …}</code>, and read back as plain
 * names (or {@link PersonName#erased} once the subject's key is gone). Everywhere else
 * (REST, views) a name stays a plain string.
 */
public final class PersonalDataModule extends SimpleModule {

	public PersonalDataModule(SubjectKeys keys) {
		super("finsam-personal-data");
		addSerializer(PersonName.class, new Sealing(keys));
		addDeserializer(PersonName.class, new Opening(keys));
	}

	/** Binds a name's ciphertext to its subject and key version. */
	static byte[] associatedData(UUID subject, int keyVersion) {
		return ByteBuffer.allocate(20)
			.putLong(subject.getMostSignificantBits())
			.putLong(subject.getLeastSignificantBits())
			.putInt(keyVersion)
			.array();
	}

	private static final class Sealing extends StdSerializer<PersonName> {

		private final transient SubjectKeys keys;

		Sealing(SubjectKeys keys) {
			super(PersonName.class);
			this.keys = keys;
		}

		@Override
		public void serialize(PersonName name, JsonGenerator json, SerializerProvider provider) throws IOException {
			json.writeStartObject();
			if (name.isErased()) {
				// An erased name copied into a new event stays erased: there is no key.
				json.writeStringField("subject", name.subject().toString());
			}
			else {
				SubjectKeys.SubjectKey key = this.keys.keyFor(associationOf(json), name.value());
				json.writeStringField("subject", key.subject().toString());
				json.writeNumberField("keyVersion", key.version());
				json.writeStringField("ciphertext",
						Base64.getEncoder()
							.encodeToString(Aead.seal(key.key(), name.value().getBytes(StandardCharsets.UTF_8),
									associatedData(key.subject(), key.version()))));
			}
			json.writeEndObject();
		}

		/** A person is a subject of the association whose event names them. */
		private static AssociationId associationOf(JsonGenerator json) {
			for (JsonStreamContext context = json.getOutputContext(); context != null; context = context.getParent()) {
				if (context.getCurrentValue() instanceof AssociationEvent event) {
					return event.associationId();
				}
			}
			throw new IllegalStateException("A person's name can only be stored in an association's event");
		}

	}

	private static final class Opening extends StdDeserializer<PersonName> {

		private final transient SubjectKeys keys;

		Opening(SubjectKeys keys) {
			super(PersonName.class);
			this.keys = keys;
		}

		@Override
		public PersonName deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (parser.currentToken() == JsonToken.VALUE_STRING) {
				// Revision 1 of the events held names in plain text.
				return new PersonName(parser.getText());
			}
			JsonNode sealed = parser.readValueAsTree();
			UUID subject = UUID.fromString(sealed.path("subject").asText());
			JsonNode ciphertext = sealed.path("ciphertext");
			if (!ciphertext.isTextual()) {
				return PersonName.erased(subject);
			}
			int version = sealed.path("keyVersion").asInt();
			return this.keys.key(subject, version)
				.map((key) -> new PersonName(new String(Aead.open(key, Base64.getDecoder().decode(ciphertext.asText()),
						associatedData(subject, version)), StandardCharsets.UTF_8), subject))
				.orElseGet(() -> PersonName.erased(subject));
		}

	}

}
