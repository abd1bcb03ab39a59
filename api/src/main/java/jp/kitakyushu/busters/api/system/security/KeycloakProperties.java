package jp.kitakyushu.busters.api.system.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the api finds Keycloak and what it requires of a token.
 *
 * @param url base URL of Keycloak as users reach it; the issuer is derived from it, so it
 * must be the hostname Keycloak is pinned to
 * @param realm the realm whose tokens are accepted
 * @param audience the value that must appear in a token's {@code aud} claim
 * @param jwkSetUrl where to fetch signing keys, when the api reaches Keycloak by another
 * name than users do (e.g. inside compose); empty means derive it from {@code url}
 * @param timeout how long to wait for Keycloak when fetching keys, so an outage never
 * hangs a request
 */
@ConfigurationProperties("busters.keycloak")
public record KeycloakProperties(@DefaultValue("http://localhost:8180") String url,
		@DefaultValue("busters") String realm, @DefaultValue("busters-api") String audience,
		@DefaultValue("") String jwkSetUrl, @DefaultValue("3s") Duration timeout) {

	/** The issuer every accepted token must name. */
	public String issuer() {
		return stripSlash(this.url) + "/realms/" + this.realm;
	}

	/** Where the realm publishes its signing keys. */
	public String jwkSetUri() {
		return this.jwkSetUrl.isBlank() ? issuer() + "/protocol/openid-connect/certs" : this.jwkSetUrl;
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
