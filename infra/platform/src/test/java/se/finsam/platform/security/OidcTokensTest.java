package se.finsam.platform.security;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tokens checked as production checks them: the decoder fetches the keys from a JWK set
 * served here, as an identity provider serves it, and every token not meant for this
 * product is refused.
 */
class OidcTokensTest {

	private static final String ISSUER = "https://idp.example.se/realms/finsam";

	private static final String AUDIENCE = "finsam";

	private static RSAKey key;

	private static RSAKey otherKey;

	private static HttpServer issuer;

	private static JwtDecoder decoder;

	@BeforeAll
	static void startIssuer() throws Exception {
		key = new RSAKeyGenerator(2048).keyID("key-1").generate();
		otherKey = new RSAKeyGenerator(2048).keyID("key-1").generate();
		issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		byte[] keys = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		issuer.createContext("/jwks", (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, keys.length);
			exchange.getResponseBody().write(keys);
			exchange.close();
		});
		issuer.start();
		OidcProperties properties = new OidcProperties();
		properties.setIssuer(ISSUER);
		properties.setAudience(AUDIENCE);
		properties.setJwkSetUri("http://127.0.0.1:" + issuer.getAddress().getPort() + "/jwks");
		decoder = OidcTokens.decoder(properties);
	}

	@AfterAll
	static void stopIssuer() {
		issuer.stop(0);
	}

	@Test
	void acceptsAGoodTokenAndMapsItsClaimsToTheUser() throws Exception {
		Jwt jwt = decoder.decode(signed(key, claims().build()));

		CurrentUser user = (CurrentUser) OidcTokens.toUser(jwt).getPrincipal();

		assertThat(user).isEqualTo(new CurrentUser("anna.andersson", "212000-1785", List.of("PARTNER"),
				java.util.Set.of("222000-9019"), false));
		assertThat(OidcTokens.toUser(jwt).getCredentials()).as("the token is not kept").isNull();
	}

	@Test
	void ignoresRolesTheProductDoesNotKnow() throws Exception {
		Jwt jwt = decoder.decode(signed(key, claims().claim("roles", List.of("PARTNER", "SUPERUSER")).build()));

		assertThat(((CurrentUser) OidcTokens.toUser(jwt).getPrincipal()).roles()).containsExactly("PARTNER");
	}

	@Test
	void refusesATokenSignedWithAnotherKey() throws Exception {
		assertRefused(signed(otherKey, claims().build()));
	}

	@Test
	void refusesATokenFromAnotherIssuer() throws Exception {
		assertRefused(signed(key, claims().issuer("https://evil.example.com").build()));
	}

	@Test
	void refusesATokenForAnotherAudience() throws Exception {
		assertRefused(signed(key, claims().audience("another-product").build()));
	}

	@Test
	void refusesAnExpiredToken() throws Exception {
		assertRefused(signed(key, claims().expirationTime(Date.from(Instant.now().minusSeconds(600))).build()));
	}

	@Test
	void refusesATokenWithoutExpiry() throws Exception {
		assertRefused(signed(key, claims().expirationTime(null).build()));
	}

	@Test
	void refusesAnUnsignedToken() {
		assertRefused(new PlainJWT(claims().build()).serialize());
	}

	@Test
	void refusesATokenWithAlgorithmNoneInASignedShape() throws Exception {
		String good = signed(key, claims().build());
		String header = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"alg\":\"none\",\"kid\":\"key-1\"}".getBytes(StandardCharsets.UTF_8));
		assertRefused(header + good.substring(good.indexOf('.')));
	}

	@Test
	void refusesASharedKeyToken() throws Exception {
		SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("key-1").build(),
				claims().build());
		hmac.sign(new MACSigner("a-shared-secret-that-is-at-least-256-bits-long!".getBytes(StandardCharsets.UTF_8)));
		assertRefused(hmac.serialize());
	}

	@Test
	void refusesConfigurationWithASharedKeyAlgorithm() {
		OidcProperties properties = new OidcProperties();
		properties.setIssuer(ISSUER);
		properties.setAudience(AUDIENCE);
		properties.setJwkSetUri("http://127.0.0.1:1/jwks");
		properties.setAlgorithms(List.of("HS256"));
		assertThatThrownBy(() -> OidcTokens.decoder(properties)).isInstanceOf(IllegalStateException.class);
	}

	private static void assertRefused(String token) {
		assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
	}

	private static JWTClaimsSet.Builder claims() {
		return new JWTClaimsSet.Builder().subject("anna.andersson")
			.issuer(ISSUER)
			.audience(List.of(AUDIENCE, "other"))
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(300)))
			.claim("organisation", "212000-1785")
			.claim("roles", List.of("PARTNER"))
			.claim("associations", List.of("222000-9019"));
	}

	private static String signed(RSAKey with, JWTClaimsSet claims) throws JOSEException, IOException {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
		jwt.sign(new RSASSASigner(with));
		return jwt.serialize();
	}

}
