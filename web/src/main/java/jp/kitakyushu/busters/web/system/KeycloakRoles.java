package jp.kitakyushu.busters.web.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Gives a signed-in user the platform roles Keycloak put in their access token
 * ({@code realm_access.roles}) as {@code ROLE_CITIZEN}, {@code ROLE_COMPANY},
 * {@code ROLE_STAFF}, so one security rule per audience prefix can check them.
 * <p>
 * The access token is read without checking its signature again: this server received it
 * a moment ago straight from Keycloak's token endpoint, and the api, which acts on it,
 * verifies it on every call.
 */
final class KeycloakRoles implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/** The realm roles that are audiences of the site. */
	static final Set<String> PLATFORM_ROLES = Set.of("citizen", "company", "staff", "reporter");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final OidcUserService delegate = new OidcUserService();

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser user = this.delegate.loadUser(request);
		Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
		for (String role : realmRoles(request.getAccessToken().getTokenValue())) {
			if (PLATFORM_ROLES.contains(role)) {
				authorities.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT)));
			}
		}
		return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), IdTokenClaimNames.SUB);
	}

	static List<String> realmRoles(String jwt) {
		String[] parts = jwt.split("\\.");
		if (parts.length < 2) {
			return List.of();
		}
		try {
			Map<?, ?> claims = JSON
				.readValue(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8), Map.class);
			if (claims.get("realm_access") instanceof Map<?, ?> access
					&& access.get("roles") instanceof List<?> roles) {
				return roles.stream().map(String::valueOf).toList();
			}
		}
		catch (RuntimeException ex) {
			// Not a JWT we can read: the user simply gets no platform role.
		}
		return List.of();
	}

}
