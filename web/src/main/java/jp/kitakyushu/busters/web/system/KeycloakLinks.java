package jp.kitakyushu.busters.web.system;

import org.springframework.stereotype.Component;

/**
 * Links to Keycloak's own pages that the site offers, such as the account console where
 * people change their name, e-mail address and password.
 */
@Component
public class KeycloakLinks {

	private final KeycloakClientProperties keycloak;

	KeycloakLinks(KeycloakClientProperties keycloak) {
		this.keycloak = keycloak;
	}

	/** Keycloak's account console for the realm. */
	public String accountConsole() {
		return this.keycloak.browserRealmUrl() + "/account";
	}

}
