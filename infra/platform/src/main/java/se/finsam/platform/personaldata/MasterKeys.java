package se.finsam.platform.personaldata;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.crypto.SecretKey;

/**
 * The key encryption keys from configuration, by version. Data keys are stored wrapped by
 * the current one; a key of an older version is kept only until every data key has been
 * re-wrapped (docs/personal-data.md, rotation).
 */
final class MasterKeys {

	private final Map<Integer, SecretKey> keys = new TreeMap<>();

	private final int current;

	MasterKeys(Map<Integer, String> base64Keys, int current) {
		if (base64Keys != null) {
			base64Keys.forEach((version, key) -> this.keys.put(version, Aead.key(Base64.getDecoder().decode(key))));
		}
		if (!this.keys.containsKey(current)) {
			throw new IllegalStateException(
					"No master key of version " + current + " is configured: set finsam.personal-data.master-keys."
							+ current + " from the secret store (docs/personal-data.md)");
		}
		this.current = current;
	}

	int current() {
		return this.current;
	}

	byte[] wrap(SecretKey dataKey, UUID subject) {
		return Aead.seal(this.keys.get(this.current), dataKey.getEncoded(), bound(subject));
	}

	SecretKey unwrap(int version, byte[] wrapped, UUID subject) {
		SecretKey master = this.keys.get(version);
		if (master == null) {
			throw new IllegalStateException("Master key version " + version + " is no longer configured");
		}
		return Aead.key(Aead.open(master, wrapped, bound(subject)));
	}

	/** A wrapped key opens only as the key of the subject it was wrapped for. */
	private static byte[] bound(UUID subject) {
		return ByteBuffer.allocate(16)
			.putLong(subject.getMostSignificantBits())
			.putLong(subject.getLeastSignificantBits())
			.array();
	}

}
