package se.finsam.local;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stack configured as production is: sign-in by OpenID Connect against an issuer
 * started here (its JWK set served over HTTP), the local login off. A good token gets in
 * and its user is who the events record, without the token; a token for another audience,
 * from another key or expired does not; the demo users' passwords open nothing. Starts a
 * stack of its own (run in the failsafe execution that keeps such tests apart).
 */
class OidcSignInIT {

	private static final String ISSUER = "https://idp.example.se/realms/finsam";

	private static RSAKey key;

	private static HttpServer issuer;

	private static LocalStack stack;

	@BeforeAll
	static void startIssuerAndStack() throws Exception {
		key = new RSAKeyGenerator(2048).keyID("idp-key-1").generate();
		issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		byte[] keys = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		issuer.createContext("/certs", (exchange) -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, keys.length);
			exchange.getResponseBody().write(keys);
			exchange.close();
		});
		issuer.start();
		List<String> properties = new ArrayList<>(
				List.of("logging.level.root=WARN", "finsam.security.log-file=target/security-oidc-it.log",
						"finsam.security.local-login.enabled=false", "finsam.security.oidc.issuer=" + ISSUER,
						"finsam.security.oidc.jwk-set-uri=http://127.0.0.1:" + issuer.getAddress().getPort() + "/certs",
						"finsam.security.oidc.audience=finsam"));
		stack = LocalStack.start(new LocalStack.Options(null, 0, 0, 0, properties));
	}

	@AfterAll
	static void stop() {
		if (stack != null) {
			stack.close();
		}
		issuer.stop(0);
	}

	@Test
	void aGoodTokenGetsInAndTheEventsRecordItsUserNotTheToken() throws Exception {
		String token = token(key, "finsam", Instant.now().plusSeconds(300));
		HttpResponse<String> registered = call("POST", "/api/associations", "Bearer " + token,
				SharedStack.registration("Förbundet med e-legitimation").replace("222000-2634", "222000-9019"));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		String association = SharedStack.JSON.readTree(registered.body()).get("associationId").asText();

		try (Connection connection = DriverManager.getConnection(stack.postgres().jdbcUrl("finsam_events"),
				stack.postgres().username(), stack.postgres().password());
				PreparedStatement statement = connection.prepareStatement(
						"SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?")) {
			statement.setString(1, association);
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).isTrue();
				String metadata = rows.getString(1);
				JsonNode json = SharedStack.JSON.readTree(metadata);
				assertThat(json.get("userId").asText()).isEqualTo("eva.ek");
				assertThat(json.get("organisation").asText()).isEqualTo("222000-9019");
				assertThat(json.get("roles").asText()).isEqualTo("EXECUTIVE");
				assertThat(metadata).doesNotContain(token.substring(0, 20)).doesNotContain("eyJ");
			}
		}
	}

	@Test
	void aTokenForAnotherAudienceFromAnotherKeyOrExpiredIsRefused() throws Exception {
		RSAKey other = new RSAKeyGenerator(2048).keyID("idp-key-1").generate();
		for (String token : List.of(token(key, "another-product", Instant.now().plusSeconds(300)),
				token(other, "finsam", Instant.now().plusSeconds(300)),
				token(key, "finsam", Instant.now().minusSeconds(300)))) {
			assertThat(
					call("POST", "/api/associations", "Bearer " + token, SharedStack.registration("Nej")).statusCode())
				.isEqualTo(401);
		}
	}

	@Test
	void theDemoUsersPasswordsOpenNothing() throws Exception {
		String basic = "Basic " + Base64.getEncoder().encodeToString("kansli:kansli".getBytes(StandardCharsets.UTF_8));
		assertThat(call("POST", "/api/associations", basic, SharedStack.registration("Nej")).statusCode())
			.isEqualTo(401);
	}

	private static String token(RSAKey with, String audience, Instant expiry) throws Exception {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("eva.ek")
			.issuer(ISSUER)
			.audience(audience)
			.issueTime(new Date())
			.expirationTime(Date.from(expiry))
			.claim("organisation", "222000-9019")
			.claim("roles", List.of("EXECUTIVE"))
			.claim("associations", List.of("222000-9019"))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
		jwt.sign(new RSASSASigner(with));
		return jwt.serialize();
	}

	private static HttpResponse<String> call(String method, String path, String authorization, String body)
			throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(stack.address() + path))
				.header("Content-Type", "application/json")
				.header("Authorization", authorization)
				.method(method, HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
