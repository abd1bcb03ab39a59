package jp.kitakyushu.busters.web.system;

import java.util.Locale;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person's name as the page's language writes it: family name first in Japanese (山田
 * 花子), given name first in English (Hanako Yamada).
 */
final class DisplayName {

	private DisplayName() {
	}

	static String of(OidcUser user, Locale locale) {
		String family = user.getFamilyName();
		String given = user.getGivenName();
		if (family == null || given == null) {
			String name = user.getFullName();
			return (name != null) ? name : user.getPreferredUsername();
		}
		return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? family + " " + given : given + " " + family;
	}

}
