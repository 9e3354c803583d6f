package se.finsam.platform.personaldata;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key store is and the secrets that protect it (docs/personal-data.md).
 *
 * @param keyStore the key store's database
 * @param masterKeys master keys (key encryption keys) by version, base64 of 32 bytes
 * @param masterKeyVersion the version that wraps data keys
 * @param lookupKey base64 of the 32-byte secret that turns an association and a name into
 * the subject's lookup hash
 */
@ConfigurationProperties("finsam.personal-data")
public record PersonalDataProperties(KeyStore keyStore, Map<Integer, String> masterKeys, int masterKeyVersion,
		String lookupKey) {

	/**
	 * @param manage whether this service owns the key store: migrates it, re-wraps keys
	 * under the current master key, creates and erases keys
	 */
	public record KeyStore(String url, String username, String password, boolean manage) {
	}

}
