package se.finsam.platform.personaldata;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce, written in front of the ciphertext and its tag.
 * The associated data binds a ciphertext to where it belongs (a subject and key version),
 * so it cannot be moved to another subject unnoticed.
 */
final class Aead {

	static final int KEY_BYTES = 32;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Aead() {
	}

	static SecretKey newKey() {
		byte[] key = new byte[KEY_BYTES];
		RANDOM.nextBytes(key);
		return key(key);
	}

	static SecretKey key(byte[] bytes) {
		if (bytes.length != KEY_BYTES) {
			throw new IllegalArgumentException("An AES-256 key has 32 bytes, not " + bytes.length);
		}
		return new SecretKeySpec(bytes, "AES");
	}

	static byte[] seal(SecretKey key, byte[] plaintext, byte[] associatedData) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData);
			byte[] ciphertext = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * Opens what {@link #seal} wrote.
	 * @throws TamperedException if the ciphertext, its nonce or the associated data were
	 * changed, or the key is not the one it was sealed with
	 */
	static byte[] open(SecretKey key, byte[] sealed, byte[] associatedData) {
		if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new TamperedException();
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
			cipher.updateAAD(associatedData);
			return cipher.doFinal(Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length));
		}
		catch (AEADBadTagException ex) {
			throw new TamperedException();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/** A sealed value did not open: it was changed, or belongs to another key. */
	static final class TamperedException extends IllegalStateException {

		TamperedException() {
			super("Krypterade personuppgifter har ändrats eller hör till en annan nyckel");
		}

	}

}
