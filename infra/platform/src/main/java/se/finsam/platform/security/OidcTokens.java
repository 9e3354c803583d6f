package se.finsam.platform.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Turns the identity provider's access tokens into users: checks signature (only the
 * configured asymmetric algorithms, keys from the provider's JWK set), issuer, audience
 * and expiry, then maps the claims in one place. The token itself is dropped: nothing
 * downstream can copy it into an event.
 */
public final class OidcTokens {

	/** The member organisation the user acts for (organisation number). */
	public static final String ORGANISATION_CLAIM = "organisation";

	/** The user's roles, names of {@link Role}. */
	public static final String ROLES_CLAIM = "roles";

	/**
	 * Organisation numbers of the associations where the roles hold.
	 */
	public static final String ASSOCIATIONS_CLAIM = "associations";

	private OidcTokens() {
	}

	/** A decoder that refuses every token not meant for this product. */
	public static JwtDecoder decoder(OidcProperties properties) {
		requireSet(properties.getIssuer(), "finsam.security.oidc.issuer");
		requireSet(properties.getAudience(), "finsam.security.oidc.audience");
		List<SignatureAlgorithm> algorithms = properties.getAlgorithms().stream().map(OidcTokens::algorithm).toList();
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.getJwkSetUri())
			.jwsAlgorithms((accepted) -> accepted.addAll(algorithms))
			.build();
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.getIssuer()),
						new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
						new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
								(audience) -> audience != null && audience.contains(properties.getAudience()))));
		return decoder;
	}

	/** The user a verified token names; roles this product does not know are ignored. */
	public static AbstractAuthenticationToken toUser(Jwt jwt) {
		List<String> roles = strings(jwt, ROLES_CLAIM).stream()
			.filter((role) -> Arrays.stream(Role.values()).anyMatch((known) -> known.name().equals(role)))
			.toList();
		String organisation = Objects.requireNonNullElse(jwt.getClaimAsString(ORGANISATION_CLAIM), "");
		CurrentUser user = new CurrentUser(jwt.getSubject(), organisation, roles,
				Set.copyOf(strings(jwt, ASSOCIATIONS_CLAIM)), false);
		return new UserAuthentication(user,
				roles.stream().map((role) -> new SimpleGrantedAuthority(CurrentUser.ROLE_PREFIX + role)).toList());
	}

	private static List<String> strings(Jwt jwt, String claim) {
		List<String> values = jwt.hasClaim(claim) ? jwt.getClaimAsStringList(claim) : null;
		return (values != null) ? values : List.of();
	}

	private static SignatureAlgorithm algorithm(String name) {
		SignatureAlgorithm algorithm = SignatureAlgorithm.from(name);
		if (algorithm == null) {
			throw new IllegalStateException("finsam.security.oidc.algorithms: " + name
					+ " is not an asymmetric signature algorithm (RS256, PS256, ES256 …)");
		}
		return algorithm;
	}

	private static void requireSet(String value, String property) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(property + " must be set when finsam.security.oidc.jwk-set-uri is");
		}
	}

}
