package jp.kitakyushu.busters.e2e;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gets real tokens from the platform's Keycloak the way its clients do.
 * <p>
 * Users sign in through the authorization code flow with PKCE on {@code busters-web},
 * exactly as the web app makes them do, except that the test posts Keycloak's login form
 * itself and stops at the redirect back to the web to exchange the code: no password
 * grant has to be enabled anywhere in the realm for tests. Reporting clients use client
 * credentials. Clients with unusual settings (a few seconds of token life, no audience)
 * are created for one test through the admin API and deleted afterwards, so that the
 * realm export holds nothing test-only.
 */
final class Keycloak {

	static final String ISSUER = Platform.KEYCLOAK + "/realms/busters";

	static final URI TOKEN = URI.create(ISSUER + "/protocol/openid-connect/token");

	static final URI AUTHORIZE = URI.create(ISSUER + "/protocol/openid-connect/auth");

	static final String WEB_CLIENT = "busters-web";

	static final String WEB_SECRET = "busters-web-demo-secret";

	static final String WEB_REDIRECT = Platform.WEB + "login/oauth2/code/keycloak";

	static final String REPORTING_CLIENT = "busters-reporting";

	static final String REPORTING_SECRET = "busters-reporting-demo-secret";

	static final String DEMO_PASSWORD = "demo";

	private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");

	private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

	private static final SecureRandom RANDOM = new SecureRandom();

	private Keycloak() {
	}

	/**
	 * An access token for a demo user, through Keycloak's login page.
	 */
	static String userToken(String username) {
		return tokenResponse(username).path("access_token").asString();
	}

	/**
	 * The whole token response for a demo user (access, ID and refresh tokens).
	 */
	static JsonNode tokenResponse(String username) {
		String verifier = randomToken();
		String state = randomToken();
		Cookies cookies = new Cookies();
		URI authorize = URI.create(AUTHORIZE + "?"
				+ Http.form(orderedMap("response_type", "code", "client_id", WEB_CLIENT, "scope",
						"openid profile email", "redirect_uri", WEB_REDIRECT, "state", state, "nonce", randomToken(),
						"code_challenge", challenge(verifier), "code_challenge_method", "S256")));
		HttpResponse<String> page = cookies.send(HttpRequest.newBuilder(authorize).GET());
		assertThat(page.statusCode()).as("Keycloak login page").isEqualTo(200);
		URI action = loginAction(page.body());
		HttpResponse<String> afterLogin = cookies.send(HttpRequest.newBuilder(action)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString(Http.form(orderedMap("username", username, "password", DEMO_PASSWORD, "credentialId", "")))));
		assertThat(afterLogin.statusCode()).as("login of %s", username).isEqualTo(302);
		String location = afterLogin.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith(WEB_REDIRECT + "?").contains("state=" + state);
		String code = queryParameter(location, "code");
		HttpResponse<String> tokens = Http.postForm(TOKEN, orderedMap("grant_type", "authorization_code", "code", code,
				"redirect_uri", WEB_REDIRECT, "code_verifier", verifier), "Authorization",
				basic(WEB_CLIENT, WEB_SECRET));
		assertThat(tokens.statusCode()).as("code exchange: %s", tokens.body()).isEqualTo(200);
		return Http.json(tokens);
	}

	/**
	 * An access token from the client-credentials grant.
	 */
	static String clientToken(String clientId, String secret) {
		HttpResponse<String> response = Http.postForm(TOKEN, Map.of("grant_type", "client_credentials"),
				"Authorization", basic(clientId, secret));
		assertThat(response.statusCode()).as("client credentials for %s: %s", clientId, response.body()).isEqualTo(200);
		return Http.json(response).path("access_token").asString();
	}

	/**
	 * A token of the master realm's administrator (the launcher's demo-only bootstrap
	 * admin): a genuine Keycloak token, but from another issuer than the busters realm.
	 */
	static String masterAdminToken() {
		HttpResponse<String> response = Http.postForm(
				URI.create(Platform.KEYCLOAK + "/realms/master/protocol/openid-connect/token"), orderedMap("grant_type",
						"password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
		assertThat(response.statusCode()).as("admin token: %s", response.body()).isEqualTo(200);
		return Http.json(response).path("access_token").asString();
	}

	/**
	 * Creates a confidential client-credentials client in the busters realm for one test.
	 * @param tokenLifespanSeconds the access token lifespan, or 0 for the realm's
	 * @param withApiAudience whether its tokens name busters-api in {@code aud}
	 */
	static TemporaryClient temporaryClient(int tokenLifespanSeconds, boolean withApiAudience) {
		String admin = masterAdminToken();
		String clientId = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
		String secret = randomToken();
		Map<String, Object> client = new LinkedHashMap<>();
		client.put("clientId", clientId);
		client.put("description", "Created by an end-to-end test and deleted by it");
		client.put("publicClient", false);
		client.put("secret", secret);
		client.put("standardFlowEnabled", false);
		client.put("directAccessGrantsEnabled", false);
		client.put("serviceAccountsEnabled", true);
		if (tokenLifespanSeconds > 0) {
			client.put("attributes", Map.of("access.token.lifespan", Integer.toString(tokenLifespanSeconds)));
		}
		if (withApiAudience) {
			client.put("protocolMappers",
					List.of(Map.of("name", "busters-api audience", "protocol", "openid-connect", "protocolMapper",
							"oidc-audience-mapper", "config", Map.of("included.client.audience", "busters-api",
									"access.token.claim", "true", "id.token.claim", "false"))));
		}
		URI clients = URI.create(Platform.KEYCLOAK + "/admin/realms/busters/clients");
		HttpResponse<String> created = Http.postJson(clients, client, "Authorization", "Bearer " + admin);
		assertThat(created.statusCode()).as("creating %s: %s", clientId, created.body()).isEqualTo(201);
		URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
		return new TemporaryClient(clientId, secret, location);
	}

	/**
	 * Creates a citizen with a verified address and a password through the admin API, as
	 * if they had signed up earlier, and returns their Keycloak id.
	 */
	static String createCitizen(String username, String email, String password) {
		String admin = masterAdminToken();
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("username", username);
		user.put("email", email);
		user.put("emailVerified", true);
		user.put("enabled", true);
		user.put("lastName", "試験");
		user.put("firstName", "一郎");
		user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
		HttpResponse<String> created = Http.postJson(URI.create(Platform.KEYCLOAK + "/admin/realms/busters/users"),
				user, "Authorization", "Bearer " + admin);
		assertThat(created.statusCode()).as("creating %s: %s", username, created.body()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	/**
	 * Ends every Keycloak session of a user, as the SSO idle timeout would: the next
	 * sign-in asks for the password again.
	 */
	static void endSessions(String username) {
		String admin = masterAdminToken();
		JsonNode found = Http.json(Http.send(HttpRequest
			.newBuilder(URI.create(Platform.KEYCLOAK + "/admin/realms/busters/users?exact=true&username=" + username))
			.header("Authorization", "Bearer " + admin)));
		String id = found.get(0).path("id").asString();
		HttpResponse<String> logout = Http.send(
				HttpRequest.newBuilder(URI.create(Platform.KEYCLOAK + "/admin/realms/busters/users/" + id + "/logout"))
					.POST(HttpRequest.BodyPublishers.noBody())
					.header("Authorization", "Bearer " + admin));
		assertThat(logout.statusCode()).as("ending the sessions of %s: %s", username, logout.body()).isEqualTo(204);
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static URI loginAction(String loginPage) {
		Matcher form = LOGIN_FORM.matcher(loginPage);
		assertThat(form.find()).as("Keycloak's login form in:%n%s", loginPage).isTrue();
		Matcher action = ACTION.matcher(form.group());
		assertThat(action.find()).isTrue();
		return URI.create(action.group(1).replace("&amp;", "&"));
	}

	static String queryParameter(String uri, String name) {
		for (String pair : URI.create(uri).getRawQuery().split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0 && pair.substring(0, equals).equals(name)) {
				return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("No " + name + " in " + uri);
	}

	private static String randomToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> orderedMap(String... keysAndValues) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/**
	 * A client created for one test; closing it deletes it from the realm.
	 *
	 * @param clientId its client id
	 * @param secret its secret
	 * @param adminUri its admin API resource
	 */
	record TemporaryClient(String clientId, String secret, URI adminUri) implements AutoCloseable {

		String token() {
			return clientToken(this.clientId, this.secret);
		}

		@Override
		public void close() {
			Http.send(HttpRequest.newBuilder(this.adminUri)
				.DELETE()
				.header("Authorization", "Bearer " + masterAdminToken()));
		}

	}

	/**
	 * Keycloak's login cookies, kept by hand: they are marked Secure, which
	 * {@link java.net.CookieManager} would never send back over plain http to localhost.
	 */
	static final class Cookies {

		private final Map<String, String> values = new LinkedHashMap<>();

		HttpResponse<String> send(HttpRequest.Builder request) {
			if (!this.values.isEmpty()) {
				List<String> pairs = new ArrayList<>();
				this.values.forEach((name, value) -> pairs.add(name + "=" + value));
				request.header("Cookie", String.join("; ", pairs));
			}
			HttpResponse<String> response = Http.send(request);
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				int equals = pair.indexOf('=');
				if (equals > 0) {
					this.values.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
				}
			}
			return response;
		}

	}

}
