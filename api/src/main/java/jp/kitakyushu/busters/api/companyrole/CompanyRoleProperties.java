package jp.kitakyushu.busters.api.companyrole;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the api reaches Keycloak's admin API to grant and revoke the {@code company} role.
 *
 * @param keycloakUrl Keycloak's base URL as this server reaches it; empty means
 * {@code busters.keycloak.url}
 * @param clientId the confidential client whose service account may manage users
 * @param clientSecret its secret; empty turns the role's upkeep off (then an
 * administrator grants the role by hand, and the api logs that it does not)
 * @param retryInterval how often changes Keycloak could not take are tried again
 * @param timeout how long one call to Keycloak may take, so a slow Keycloak never holds a
 * request for long
 */
@ConfigurationProperties("busters.company-role")
record CompanyRoleProperties(@DefaultValue("") String keycloakUrl, @DefaultValue("busters-api-roles") String clientId,
		@DefaultValue("") String clientSecret, @DefaultValue("30s") Duration retryInterval,
		@DefaultValue("3s") Duration timeout) {

	/** Whether the api keeps the role in step at all. */
	boolean enabled() {
		return !this.clientSecret.isBlank();
	}

}
