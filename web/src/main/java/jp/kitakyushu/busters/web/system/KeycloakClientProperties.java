package jp.kitakyushu.busters.web.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the web app signs users in through Keycloak.
 *
 * @param url Keycloak's base URL as browsers reach it (login and logout pages)
 * @param internalUrl Keycloak's base URL as this server reaches it (tokens, keys, user
 * info); empty means the same as {@code url}
 * @param realm the realm users belong to
 * @param clientId this app's client in the realm
 * @param clientSecret this app's client secret
 */
@ConfigurationProperties("busters.keycloak")
record KeycloakClientProperties(@DefaultValue("http://localhost:8180") String url, @DefaultValue("") String internalUrl,
		@DefaultValue("busters") String realm, @DefaultValue("busters-web") String clientId, String clientSecret) {

	String browserRealmUrl() {
		return trim(this.url) + "/realms/" + this.realm;
	}

	String serverRealmUrl() {
		return trim(this.internalUrl.isBlank() ? this.url : this.internalUrl) + "/realms/" + this.realm;
	}

	private static String trim(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
