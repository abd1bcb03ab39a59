package jp.kitakyushu.busters.e2e;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Reads the claims of a JWT, and forges ones signed with a key Keycloak never saw.
 */
final class Jwt {

	private Jwt() {
	}

	/**
	 * The claims of {@code token}, without checking its signature.
	 */
	static JsonNode claims(String token) {
		String[] parts = token.split("\\.");
		return Http.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
	}

	/**
	 * A well-formed RS256 token with the given claims, signed with a fresh RSA key.
	 */
	static String forge(Map<String, Object> claims) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair keys = generator.generateKeyPair();
			String header = encode(Map.of("alg", "RS256", "typ", "JWT", "kid", "e2e-forged"));
			String signingInput = header + "." + encode(claims);
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(keys.getPrivate());
			signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
			return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The strings of a claim that may be an array or a single string ({@code aud}).
	 */
	static List<String> strings(JsonNode claim) {
		List<String> values = new ArrayList<>();
		if (claim.isArray()) {
			claim.forEach((value) -> values.add(value.asString()));
		}
		else if (claim.isString()) {
			values.add(claim.asString());
		}
		return values;
	}

	private static String encode(Object json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(Http.JSON.writeValueAsBytes(json));
	}

}
