package jp.kitakyushu.busters.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The api as an OAuth2 resource server in front of the real Keycloak: who {@code me} is
 * for each kind of caller, and which tokens it refuses.
 */
@Order(3)
@ExtendWith(PlatformExtension.class)
class ApiAuthenticationIntegrationTests {

	private static final String ME = "{ me { subject roles } }";

	/**
	 * Spring Security's default leeway on {@code exp}: a token is refused only this long
	 * after it expired.
	 */
	private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	@Test
	void citizenIsThemselves() {
		String token = Keycloak.userToken("hanako");
		JsonNode me = me(token);
		assertThat(me.path("subject").asString()).isEqualTo(Jwt.claims(token).path("sub").asString());
		assertThat(Jwt.strings(me.path("roles"))).contains("citizen").doesNotContain("staff", "company", "reporter");
	}

	@Test
	void staffMemberIsThemselves() {
		String token = Keycloak.userToken("staff");
		JsonNode me = me(token);
		assertThat(me.path("subject").asString()).isEqualTo(Jwt.claims(token).path("sub").asString());
		assertThat(Jwt.strings(me.path("roles"))).contains("staff").doesNotContain("citizen", "company", "reporter");
	}

	@Test
	void reportingClientIsItsServiceAccount() {
		String token = Keycloak.clientToken(Keycloak.REPORTING_CLIENT, Keycloak.REPORTING_SECRET);
		JsonNode me = me(token);
		assertThat(me.path("subject").asString()).isEqualTo(Jwt.claims(token).path("sub").asString());
		assertThat(Jwt.strings(me.path("roles"))).contains("reporter").doesNotContain("citizen", "company", "staff");
	}

	@Test
	void anonymousMeIsUnauthenticatedWithoutStackTrace() {
		HttpResponse<String> response = graphQl(ME, null);
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = Http.json(response);
		assertThat(body.path("errors").path(0).path("extensions").path("code").asString()).isEqualTo("UNAUTHENTICATED");
		assertThat(body.path("data").path("me").isMissingNode() || body.path("data").path("me").isNull()).isTrue();
		assertNoInternals(response.body());
	}

	@Test
	void tokenSignedByAnotherKeyIsRefused() {
		String genuine = Keycloak.userToken("staff");
		JsonNode claims = Jwt.claims(genuine);
		Map<String, Object> copied = new LinkedHashMap<>();
		claims.properties().forEach((claim) -> copied.put(claim.getKey(), claim.getValue()));
		assertUnauthorized(Jwt.forge(copied));
	}

	@Test
	void tokenFromAnotherIssuerIsRefused() {
		Instant now = Instant.now();
		assertUnauthorized(Jwt.forge(Map.of("iss", "http://127.0.0.1:8180/realms/busters", "sub", "intruder", "aud",
				List.of("busters-api"), "iat", now.getEpochSecond(), "exp", now.plusSeconds(300).getEpochSecond(),
				"realm_access", Map.of("roles", List.of("staff")))));
	}

	@Test
	void genuineTokenOfAnotherRealmIsRefused() {
		assertUnauthorized(Keycloak.masterAdminToken());
	}

	@Test
	void tokenWithoutApiAudienceIsRefused() {
		try (Keycloak.TemporaryClient client = Keycloak.temporaryClient(0, false)) {
			String token = client.token();
			assertThat(Jwt.strings(Jwt.claims(token).path("aud"))).doesNotContain("busters-api");
			assertUnauthorized(token);
		}
	}

	@Test
	void expiredTokenIsRefused() throws InterruptedException {
		try (Keycloak.TemporaryClient client = Keycloak.temporaryClient(5, true)) {
			String token = client.token();
			assertThat(graphQl(ME, token).statusCode()).as("while the token is valid").isEqualTo(200);
			Instant expiry = Instant.ofEpochSecond(Jwt.claims(token).path("exp").asLong());
			Duration wait = Duration.between(Instant.now(), expiry.plus(CLOCK_SKEW).plusSeconds(2));
			if (!wait.isNegative()) {
				Thread.sleep(wait.toMillis());
			}
			assertUnauthorized(token);
		}
	}

	private static JsonNode me(String token) {
		HttpResponse<String> response = graphQl(ME, token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode body = Http.json(response);
		assertThat(body.path("errors").isMissingNode() || body.path("errors").isEmpty()).as(response.body()).isTrue();
		return body.path("data").path("me");
	}

	private static void assertUnauthorized(String token) {
		HttpResponse<String> response = graphQl(ME, token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
		assertThat(Http.json(response).path("errors").path(0).path("extensions").path("code").asString())
			.isEqualTo("UNAUTHENTICATED");
		assertNoInternals(response.body());
	}

	private static void assertNoInternals(String body) {
		assertThat(body).doesNotContain("Exception", "\tat ", "stackTrace", "jp.kitakyushu", "org.springframework");
	}

	private static HttpResponse<String> graphQl(String query, String token) {
		return (token != null)
				? Http.postJson(Platform.GRAPHQL, Map.of("query", query), "Authorization", "Bearer " + token)
				: Http.postJson(Platform.GRAPHQL, Map.of("query", query));
	}

}
