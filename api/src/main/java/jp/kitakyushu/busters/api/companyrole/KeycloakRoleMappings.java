package jp.kitakyushu.busters.api.companyrole;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The part of Keycloak's admin REST API the api uses: a user's realm role mappings, read,
 * added to and removed from, for one role. It signs in as its own client's service
 * account (client credentials) and keeps the token until shortly before it expires.
 */
class KeycloakRoleMappings {

	private static final ParameterizedTypeReference<List<Map<String, Object>>> ROLES = new ParameterizedTypeReference<>() {
	};

	private final RestClient http;

	private final String tokenUri;

	private final String usersUri;

	private final String clientId;

	private final String clientSecret;

	private final Clock clock;

	private @Nullable String token;

	private Instant tokenExpires = Instant.EPOCH;

	KeycloakRoleMappings(String keycloakUrl, String realm, CompanyRoleProperties properties, Clock clock) {
		String base = keycloakUrl.endsWith("/") ? keycloakUrl.substring(0, keycloakUrl.length() - 1) : keycloakUrl;
		this.tokenUri = base + "/realms/" + realm + "/protocol/openid-connect/token";
		this.usersUri = base + "/admin/realms/" + realm + "/users/";
		this.clientId = properties.clientId();
		this.clientSecret = properties.clientSecret();
		this.clock = clock;
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(properties.timeout());
		requests.setReadTimeout(properties.timeout());
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	/**
	 * Makes the user hold the role or not; returns false when Keycloak has no such user
	 * (nothing to do then). Failures to reach Keycloak are thrown.
	 */
	boolean set(String subject, String role, boolean held) {
		URI mappings = URI.create(this.usersUri + subject + "/role-mappings/realm");
		Optional<List<Map<String, Object>>> current = get(mappings);
		if (current.isEmpty()) {
			return false;
		}
		Optional<Map<String, Object>> mapped = named(current.get(), role);
		if (held == mapped.isPresent()) {
			return true;
		}
		if (held) {
			// Keycloak wants the role's id as well as its name; the roles the user may
			// still be given list both.
			Map<String, Object> available = get(URI.create(mappings + "/available"))
				.flatMap((roles) -> named(roles, role))
				.orElseThrow(() -> new IllegalStateException("Keycloak has no realm role '" + role + "' to grant"));
			this.http.post()
				.uri(mappings)
				.headers((headers) -> headers.setBearerAuth(token()))
				.contentType(MediaType.APPLICATION_JSON)
				.body(List.of(reference(available)))
				.retrieve()
				.toBodilessEntity();
		}
		else {
			this.http.method(HttpMethod.DELETE)
				.uri(mappings)
				.headers((headers) -> headers.setBearerAuth(token()))
				.contentType(MediaType.APPLICATION_JSON)
				.body(List.of(reference(mapped.get())))
				.retrieve()
				.toBodilessEntity();
		}
		return true;
	}

	/** Drops the cached token, e.g. after Keycloak refused a call with it. */
	synchronized void forgetToken() {
		this.token = null;
	}

	private Optional<List<Map<String, Object>>> get(URI uri) {
		try {
			return Optional.ofNullable(this.http.get()
				.uri(uri)
				.headers((headers) -> headers.setBearerAuth(token()))
				.retrieve()
				.body(ROLES));
		}
		catch (HttpClientErrorException ex) {
			if (ex.getStatusCode() == HttpStatus.NOT_FOUND) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	private static Optional<Map<String, Object>> named(List<Map<String, Object>> roles, String role) {
		return roles.stream().filter((candidate) -> role.equals(candidate.get("name"))).findFirst();
	}

	private static Map<String, Object> reference(Map<String, Object> role) {
		return Map.of("id", String.valueOf(role.get("id")), "name", String.valueOf(role.get("name")));
	}

	private synchronized String token() {
		Instant now = this.clock.instant();
		if (this.token == null || now.isAfter(this.tokenExpires)) {
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("grant_type", "client_credentials");
			Map<String, Object> response = this.http.post()
				.uri(this.tokenUri)
				.headers((headers) -> headers.setBasicAuth(this.clientId, this.clientSecret))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(new ParameterizedTypeReference<Map<String, Object>>() {
				});
			if (response == null || !(response.get("access_token") instanceof String accessToken)) {
				throw new IllegalStateException("Keycloak answered the client-credentials grant without a token");
			}
			long lifetime = (response.get("expires_in") instanceof Number seconds) ? seconds.longValue() : 60;
			// Renew a little early, so a token never expires on its way.
			this.token = accessToken;
			this.tokenExpires = now.plusSeconds(Math.max(0, lifetime - 20));
		}
		return this.token;
	}

}
