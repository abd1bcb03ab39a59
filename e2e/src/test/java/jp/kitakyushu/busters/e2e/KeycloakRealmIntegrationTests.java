package jp.kitakyushu.busters.e2e;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The imported busters realm, as Keycloak serves it: issuer, clients, roles and the
 * claims the api relies on.
 */
@Order(2)
@ExtendWith(PlatformExtension.class)
class KeycloakRealmIntegrationTests {

	@Test
	void issuerIsPinnedWhicheverHostTheClientUses() {
		for (String host : List.of("localhost", "127.0.0.1")) {
			HttpResponse<String> discovery = Http
				.get(URI.create("http://" + host + ":8180/realms/busters/.well-known/openid-configuration"));
			assertThat(discovery.statusCode()).isEqualTo(200);
			assertThat(Http.json(discovery).path("issuer").asString()).as("issuer seen via %s", host)
				.isEqualTo("http://localhost:8180/realms/busters");
		}
	}

	@Test
	void citizenSignsInWithAuthorizationCodeAndPkceAndGetsApiAudienceAndRole() {
		JsonNode response = Keycloak.tokenResponse("hanako");
		JsonNode access = Jwt.claims(response.path("access_token").asString());
		assertThat(access.path("iss").asString()).isEqualTo(Keycloak.ISSUER);
		assertThat(access.path("azp").asString()).isEqualTo("busters-web");
		assertThat(Jwt.strings(access.path("aud"))).contains("busters-api");
		assertThat(Jwt.strings(access.path("realm_access").path("roles"))).contains("citizen")
			.doesNotContain("staff", "company", "reporter");
		assertThat(access.path("exp").asLong() - access.path("iat").asLong()).isEqualTo(300);
		JsonNode id = Jwt.claims(response.path("id_token").asString());
		assertThat(id.path("family_name").asString()).isEqualTo("山田");
		assertThat(id.path("given_name").asString()).isEqualTo("花子");
		assertThat(id.path("email").asString()).isEqualTo("hanako@demo.busters.example");
		assertThat(id.path("email_verified").asBoolean()).isTrue();
	}

	@Test
	void everyDemoUserHasTheirRole() {
		Map<String, String> roles = Map.of("taro", "citizen", "akari", "company", "kenji", "company", "staff", "staff");
		roles.forEach((user, role) -> {
			JsonNode access = Jwt.claims(Keycloak.userToken(user));
			assertThat(access.path("preferred_username").asString()).isEqualTo(user);
			assertThat(Jwt.strings(access.path("realm_access").path("roles"))).as(user).contains(role);
		});
	}

	@Test
	void reportingClientGetsReporterRoleAndApiAudienceThroughClientCredentials() {
		JsonNode access = Jwt.claims(Keycloak.clientToken(Keycloak.REPORTING_CLIENT, Keycloak.REPORTING_SECRET));
		assertThat(access.path("iss").asString()).isEqualTo(Keycloak.ISSUER);
		assertThat(access.path("azp").asString()).isEqualTo("busters-reporting");
		assertThat(Jwt.strings(access.path("aud"))).contains("busters-api");
		assertThat(Jwt.strings(access.path("realm_access").path("roles"))).contains("reporter")
			.doesNotContain("citizen", "company", "staff");
	}

	@Test
	void webClientRefusesThePasswordGrant() {
		HttpResponse<String> response = Http.postForm(Keycloak.TOKEN,
				Map.of("grant_type", "password", "username", "hanako", "password", Keycloak.DEMO_PASSWORD),
				"Authorization", Keycloak.basic(Keycloak.WEB_CLIENT, Keycloak.WEB_SECRET));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Http.json(response).path("error").asString()).isEqualTo("unauthorized_client");
	}

	@Test
	void webClientRequiresPkce() {
		URI withoutChallenge = URI.create(Keycloak.AUTHORIZE + "?" + Http.form(Map.of("response_type", "code",
				"client_id", Keycloak.WEB_CLIENT, "scope", "openid", "redirect_uri", Keycloak.WEB_REDIRECT)));
		HttpResponse<String> response = Http.get(withoutChallenge);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).startsWith(Keycloak.WEB_REDIRECT).contains("error=invalid_request"));
	}

	@Test
	void webClientRefusesForeignRedirects() {
		URI elsewhere = URI.create(Keycloak.AUTHORIZE + "?" + Http.form(Map.of("response_type", "code", "client_id",
				Keycloak.WEB_CLIENT, "scope", "openid", "redirect_uri", "http://evil.example/callback")));
		assertThat(Http.get(elsewhere).statusCode()).isEqualTo(400);
	}

	@Test
	void reportingClientCannotSignUsersIn() {
		HttpResponse<String> response = Http.postForm(Keycloak.TOKEN,
				Map.of("grant_type", "password", "username", "staff", "password", Keycloak.DEMO_PASSWORD),
				"Authorization", Keycloak.basic(Keycloak.REPORTING_CLIENT, Keycloak.REPORTING_SECRET));
		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void signingOutFromTheWebEndsTheSessionAndReturnsToTheWeb() {
		JsonNode tokens = Keycloak.tokenResponse("taro");
		URI logout = URI.create(Keycloak.ISSUER + "/protocol/openid-connect/logout?"
				+ Http.form(Map.of("id_token_hint", tokens.path("id_token").asString(), "client_id",
						Keycloak.WEB_CLIENT, "post_logout_redirect_uri", Platform.WEB.toString())));
		HttpResponse<String> response = Http.get(logout);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue(Platform.WEB.toString());
		HttpResponse<String> refresh = Http.postForm(Keycloak.TOKEN,
				Map.of("grant_type", "refresh_token", "refresh_token", tokens.path("refresh_token").asString()),
				"Authorization", Keycloak.basic(Keycloak.WEB_CLIENT, Keycloak.WEB_SECRET));
		assertThat(refresh.statusCode()).as("refreshing after logout: %s", refresh.body()).isEqualTo(400);
	}

	@Test
	void loginPageIsJapaneseByDefault() {
		URI authorize = URI.create(Keycloak.AUTHORIZE + "?"
				+ Http.form(Map.of("response_type", "code", "client_id", Keycloak.WEB_CLIENT, "scope", "openid",
						"redirect_uri", Keycloak.WEB_REDIRECT, "code_challenge",
						"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "code_challenge_method", "S256")));
		HttpResponse<String> page = Http.get(authorize);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).containsPattern("<html[^>]*lang=\"ja\"");
	}

}
