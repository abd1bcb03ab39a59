package jp.kitakyushu.busters.web.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy allows only the site's own scripts and styles, images also from a configured
 * tile server, and forms to the site and Keycloak; and roles come from the access token.
 */
class ContentSecurityPolicyTests {

	@Test
	void aTileServerIsAllowedForImagesOnly() {
		KeycloakClientProperties keycloak = new KeycloakClientProperties("https://id.example.jp/", "", "busters",
				"busters-web", "secret");
		String policy = ContentSecurityPolicy.of(keycloak,
				new MapProperties("https://tiles.example.jp/{z}/{x}/{y}.png", "© example"));
		assertThat(policy).contains("img-src 'self' https://tiles.example.jp;")
			.contains("script-src 'self';")
			.contains("form-action 'self' https://id.example.jp;")
			.doesNotContain("unsafe");
		assertThat(ContentSecurityPolicy.of(keycloak, new MapProperties("", ""))).contains("img-src 'self';");
	}

	@Test
	void platformRolesComeFromTheAccessTokensRealmRoles() {
		String payload = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"realm_access\":{\"roles\":[\"citizen\",\"offline_access\"]}}".getBytes());
		assertThat(KeycloakRoles.realmRoles("header." + payload + ".signature")).containsExactly("citizen",
				"offline_access");
		assertThat(KeycloakRoles.realmRoles("not a token")).isEmpty();
	}

}
