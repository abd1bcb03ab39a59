package jp.kitakyushu.busters.web.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

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

	/**
	 * Keycloak's account console for the realm, with a link back to the page that sent
	 * people there (Keycloak checks it against the client's redirect URIs).
	 * @param returnPath the site's path to come back to, such as {@code /my/account}
	 */
	public String accountConsole(String returnPath) {
		String back = ServletUriComponentsBuilder.fromCurrentContextPath().path(returnPath).toUriString();
		return this.keycloak.browserRealmUrl() + "/account/?referrer=" + encode(this.keycloak.clientId())
				+ "&referrer_uri=" + encode(back);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
