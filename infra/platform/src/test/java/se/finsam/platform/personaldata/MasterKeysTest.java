package se.finsam.platform.personaldata;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MasterKeysTest {

	private static final String FIRST = base64(Aead.newKey());

	private static final String SECOND = base64(Aead.newKey());

	@Test
	void aWrappedKeyOpensOnlyForItsSubject() {
		MasterKeys master = new MasterKeys(Map.of(1, FIRST), 1);
		SecretKey dataKey = Aead.newKey();
		UUID subject = UUID.randomUUID();
		byte[] wrapped = master.wrap(dataKey, subject);

		assertThat(master.unwrap(1, wrapped, subject)).isEqualTo(dataKey);
		assertThatThrownBy(() -> master.unwrap(1, wrapped, UUID.randomUUID()))
			.isInstanceOf(Aead.TamperedException.class);
	}

	@Test
	void afterRotationOldWrapsStillOpenUntilRewrappedAndNewOnesUseTheNewVersion() {
		SecretKey dataKey = Aead.newKey();
		UUID subject = UUID.randomUUID();
		byte[] underFirst = new MasterKeys(Map.of(1, FIRST), 1).wrap(dataKey, subject);
		MasterKeys rotated = new MasterKeys(Map.of(1, FIRST, 2, SECOND), 2);

		byte[] underSecond = rotated.wrap(rotated.unwrap(1, underFirst, subject), subject);

		assertThat(new MasterKeys(Map.of(2, SECOND), 2).unwrap(2, underSecond, subject)).isEqualTo(dataKey);
		assertThatThrownBy(() -> rotated.unwrap(2, underFirst, subject)).isInstanceOf(Aead.TamperedException.class);
		assertThatThrownBy(() -> new MasterKeys(Map.of(2, SECOND), 2).unwrap(1, underFirst, subject))
			.hasMessageContaining("no longer configured");
	}

	@Test
	void theCurrentVersionMustBeConfigured() {
		assertThatThrownBy(() -> new MasterKeys(Map.of(1, FIRST), 2)).hasMessageContaining("version 2");
		assertThatThrownBy(() -> new MasterKeys(null, 1)).hasMessageContaining("finsam.personal-data.master-keys.1");
	}

	/** A published key protects nothing: an installation must bring its own. */
	@Test
	void theServicesBringNoKeysOfTheirOwn() throws java.io.IOException {
		java.util.Properties defaults = new java.util.Properties();
		try (java.io.InputStream in = getClass().getResourceAsStream("/finsam-platform.properties")) {
			defaults.load(in);
		}
		assertThat(defaults.stringPropertyNames()).isNotEmpty()
			.noneMatch((name) -> name.startsWith("finsam.personal-data.master-keys")
					|| name.equals("finsam.personal-data.lookup-key"));
	}

	private static String base64(SecretKey key) {
		return Base64.getEncoder().encodeToString(key.getEncoded());
	}

}
