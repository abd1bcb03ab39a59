package jp.kitakyushu.busters.web.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a running server shows: the session cookie's flags as the container writes
 * them, and the error pages the container forwards to.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "busters.api.url=http://127.0.0.1:9/graphql")
class RunningServerIntegrationTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
		// Starting a sign-in stores the authorization request in a new session.
		HttpResponse<String> response = get("/oauth2/authorization/keycloak?signup");
		assertThat(response.statusCode()).isEqualTo(302);
		String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("BUSTERS_SESSION=").contains("HttpOnly").contains("SameSite=Lax");
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("http://localhost:8180/realms/busters/protocol/openid-connect/auth?")
			.contains("prompt=create")
			.contains("ui_locales=ja")
			.contains("code_challenge_method=S256");
	}

	@Test
	void unknownPagesShowAFriendlyPageWithoutInternals() throws Exception {
		HttpResponse<String> response = get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("お探しのページは見つかりませんでした")
			.contains("<html lang=\"ja\">")
			.doesNotContain("Exception", "Whitelabel", "trace");
		// Only health, info and metrics are exposed; the rest asks a visitor to sign in,
		// and refuses anyone.
		assertThat(get("/actuator/env").statusCode()).isIn(302, 403, 404);
	}

	@Test
	void aFormPostedWithoutItsTokenGetsTheRefusalPage() throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/my/problems/new"))
				.header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("title=x"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("この送信は受け付けられませんでした").contains("何も変更されていません");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
