package jp.kitakyushu.busters.api.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for Keycloak's token signing in api tests: it publishes a realm's JWK set
 * over HTTP and signs tokens shaped like Keycloak's. The real Keycloak is exercised by
 * the e2e module; here the api's validation rules are tested fast and precisely,
 * including Keycloak going away.
 */
public final class TestIssuer implements AutoCloseable {

	/** The realm the api is configured for. */
	public static final String REALM = "busters";

	private final HttpServer server;

	private final List<RSAKey> published = new ArrayList<>();

	private final RSAKey signingKey;

	private volatile boolean reachable = true;

	private static @org.jspecify.annotations.Nullable TestIssuer shared;

	/** One issuer for every test class of the JVM, so Spring contexts can be reused. */
	public static synchronized TestIssuer shared() {
		if (shared == null) {
			shared = new TestIssuer();
		}
		return shared;
	}

	public TestIssuer() {
		this.signingKey = newKey();
		this.published.add(this.signingKey);
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/realms/" + REALM + "/protocol/openid-connect/certs", (exchange) -> {
			if (!this.reachable) {
				// Behave like a host that is down: close without an answer.
				exchange.close();
				return;
			}
			byte[] body = new JWKSet(List.copyOf(this.published)).toString(true).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	/** The base URL to configure as {@code busters.keycloak.url}. */
	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** The issuer claim Keycloak would put in tokens of this realm. */
	public String issuer() {
		return url() + "/realms/" + REALM;
	}

	/** Simulates Keycloak being down (true) or back (false). */
	public void setReachable(boolean reachable) {
		this.reachable = reachable;
	}

	/** A valid access token for a user with the given realm roles. */
	public String token(String subject, String... roles) {
		return sign(this.signingKey, claims(subject, issuer(), "busters-api", Instant.now().plusSeconds(300), roles));
	}

	/**
	 * A valid access token with extra claims, e.g. the {@code email} and
	 * {@code email_verified} Keycloak puts in a user's token.
	 */
	public String tokenWithClaims(String subject, Map<String, Object> extra, String... roles) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder(
				claims(subject, issuer(), "busters-api", Instant.now().plusSeconds(300), roles));
		extra.forEach(claims::claim);
		return sign(this.signingKey, claims.build());
	}

	/** A token that expired a minute ago. */
	public String expiredToken(String subject, String... roles) {
		return sign(this.signingKey, claims(subject, issuer(), "busters-api", Instant.now().minusSeconds(60), roles));
	}

	/** A correctly signed token naming another issuer. */
	public String tokenFromIssuer(String issuer, String subject, String... roles) {
		return sign(this.signingKey, claims(subject, issuer, "busters-api", Instant.now().plusSeconds(300), roles));
	}

	/** A correctly signed token for another audience. */
	public String tokenForAudience(String audience, String subject, String... roles) {
		return sign(this.signingKey, claims(subject, issuer(), audience, Instant.now().plusSeconds(300), roles));
	}

	/** A token signed by a key the realm never published. */
	public String tokenSignedByStranger(String subject, String... roles) {
		return sign(newKey(), claims(subject, issuer(), "busters-api", Instant.now().plusSeconds(300), roles));
	}

	/** A token signed by a newly rotated key, published from now on. */
	public String tokenSignedByRotatedKey(String subject, String... roles) {
		RSAKey rotated = newKey();
		this.published.add(rotated);
		return sign(rotated, claims(subject, issuer(), "busters-api", Instant.now().plusSeconds(300), roles));
	}

	private static JWTClaimsSet claims(String subject, String issuer, String audience, Instant expiry,
			String... roles) {
		return new JWTClaimsSet.Builder().subject(subject)
			.issuer(issuer)
			.audience(List.of(audience, "account"))
			.issueTime(Date.from(expiry.minusSeconds(300)))
			.expirationTime(Date.from(expiry))
			.jwtID(UUID.randomUUID().toString())
			.claim("realm_access", Map.of("roles", List.of(roles)))
			.claim("name", "Test " + subject)
			.claim("preferred_username", subject)
			.build();
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey newKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
