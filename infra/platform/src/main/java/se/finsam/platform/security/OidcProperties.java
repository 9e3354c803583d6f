package se.finsam.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in through an OpenID Connect identity provider ({@code finsam.security.oidc.*}):
 * every API call carries the provider's signed access token (JWT). docs/security.md lists
 * what an operator sets.
 */
@ConfigurationProperties("finsam.security.oidc")
public class OidcProperties {

	/** The provider's issuer identifier; a token's {@code iss} must equal it. */
	private String issuer;

	/** Where the provider publishes its signing keys (JWK set). */
	private String jwkSetUri;

	/** This product's audience; a token's {@code aud} must contain it. */
	private String audience;

	/**
	 * Signature algorithms accepted; anything else (including {@code none} and shared-key
	 * HMAC) is refused.
	 */
	private List<String> algorithms = new ArrayList<>(List.of("RS256", "PS256", "ES256"));

	public boolean isConfigured() {
		return this.jwkSetUri != null && !this.jwkSetUri.isBlank();
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getJwkSetUri() {
		return this.jwkSetUri;
	}

	public void setJwkSetUri(String jwkSetUri) {
		this.jwkSetUri = jwkSetUri;
	}

	public String getAudience() {
		return this.audience;
	}

	public void setAudience(String audience) {
		this.audience = audience;
	}

	public List<String> getAlgorithms() {
		return this.algorithms;
	}

	public void setAlgorithms(List<String> algorithms) {
		this.algorithms = algorithms;
	}

}
