package jp.kitakyushu.busters.web.system;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

/**
 * Signed-in users for MockMvc tests, with the roles {@link KeycloakRoles} would give
 * them.
 */
public final class Citizens {

	private Citizens() {
	}

	/** 山田 花子, a citizen. */
	public static OidcLoginRequestPostProcessor hanako() {
		return user("hanako-id", "山田", "花子", "ROLE_CITIZEN");
	}

	/** 北九 市子, city staff. */
	public static OidcLoginRequestPostProcessor staff() {
		return user("staff-id", "北九", "市子", "ROLE_STAFF");
	}

	/** 田中 あかり, a company member. */
	public static OidcLoginRequestPostProcessor akari() {
		return user("akari-id", "田中", "あかり", "ROLE_COMPANY");
	}

	private static OidcLoginRequestPostProcessor user(String subject, String family, String given, String role) {
		return oidcLogin()
			.idToken((token) -> token.subject(subject).claim("family_name", family).claim("given_name", given))
			.authorities(new SimpleGrantedAuthority(role), new SimpleGrantedAuthority("OIDC_USER"));
	}

}
