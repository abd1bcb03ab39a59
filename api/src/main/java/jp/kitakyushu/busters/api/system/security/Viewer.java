package jp.kitakyushu.busters.api.system.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The caller as features see it: the token's subject, roles and display name.
 *
 * @param subject Keycloak's stable user id ({@code sub})
 * @param roles the platform roles the token carries
 * @param name the display name, if the token has one
 * @param email the e-mail address, if the token has one
 */
public record Viewer(String subject, List<Role> roles, @Nullable String name, @Nullable String email) {

	/** Whether the viewer holds the given role. */
	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** The signed-in caller of the current request, or empty for anonymous callers. */
	public static Optional<Viewer> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return Optional.of(of(token.getToken()));
		}
		return Optional.empty();
	}

	/** The signed-in caller; fails as unauthenticated when there is none. */
	public static Viewer require() {
		return current().orElseThrow(
				() -> new AuthenticationCredentialsNotFoundException("This operation needs a signed-in user."));
	}

	static Viewer of(Jwt jwt) {
		List<Role> roles = RealmRolesConverter.realmRoles(jwt)
			.stream()
			.filter(Role::isKnown)
			.map((role) -> Role.valueOf(role.toUpperCase(Locale.ROOT)))
			.toList();
		String name = jwt.getClaimAsString("name");
		if (name == null) {
			name = jwt.getClaimAsString("preferred_username");
		}
		return new Viewer(jwt.getSubject(), roles, name, jwt.getClaimAsString("email"));
	}

}
