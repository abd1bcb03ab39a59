package jp.kitakyushu.busters.api.system.security;

import java.util.Locale;

/**
 * The realm roles the platform knows; each becomes the authority {@code ROLE_<NAME>}.
 */
public enum Role {

	/** A resident who posts and supports problems. */
	CITIZEN,

	/** A member of a registered company. */
	COMPANY,

	/** A city officer: moderation, curation, evaluation, the fund. */
	STAFF,

	/** A reporting client's service account: aggregate, public-grade data only. */
	REPORTER;

	/** The role's name as Keycloak spells it. */
	public String realmName() {
		return name().toLowerCase(Locale.ROOT);
	}

	static boolean isKnown(String realmRole) {
		for (Role role : values()) {
			if (role.realmName().equals(realmRole)) {
				return true;
			}
		}
		return false;
	}

}
