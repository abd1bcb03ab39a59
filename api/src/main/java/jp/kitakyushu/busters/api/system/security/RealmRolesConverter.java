package jp.kitakyushu.busters.api.system.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns Keycloak's {@code realm_access.roles} into {@code ROLE_*} authorities. Only the
 * platform's own roles are mapped, so Keycloak's defaults (offline_access, ...) grant
 * nothing.
 */
class RealmRolesConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		return new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject());
	}

	static Collection<GrantedAuthority> authorities(Jwt jwt) {
		return realmRoles(jwt).stream()
			.filter(Role::isKnown)
			.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT)))
			.toList();
	}

	static List<String> realmRoles(Jwt jwt) {
		Object realmAccess = jwt.getClaims().get("realm_access");
		if (realmAccess instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> roles) {
			return roles.stream().map(String::valueOf).toList();
		}
		return List.of();
	}

}
