package jp.kitakyushu.busters.web.system;

import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in through Keycloak as a backend-for-frontend: the authorization code flow with
 * PKCE runs between this server and Keycloak, tokens stay in the server-side session, and
 * the browser only ever holds a session cookie.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakClientProperties.class)
class SecurityConfiguration {

	static final String REGISTRATION_ID = "keycloak";

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
		DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, "/oauth2/authorization");
		// Keycloak requires PKCE from this client even though it is confidential.
		authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		logout.setPostLogoutRedirectUri("{baseUrl}/");
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/search", "/css/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health/**",
					"/actuator/health", "/actuator/info", "/actuator/prometheus")
			.permitAll()
			.anyRequest()
			.authenticated())
			.oauth2Login((login) -> login
				.authorizationEndpoint((endpoint) -> endpoint.authorizationRequestResolver(authorizationRequests))
				.defaultSuccessUrl("/", false))
			.logout((out) -> out.logoutSuccessHandler(logout));
		return http.build();
	}

	@Bean
	ClientRegistrationRepository clientRegistrations(KeycloakClientProperties keycloak) {
		// Endpoints are spelled out rather than discovered, so the web app starts even
		// while
		// Keycloak is still starting, and browser-facing and server-facing URLs can
		// differ.
		String browser = keycloak.browserRealmUrl() + "/protocol/openid-connect";
		String server = keycloak.serverRealmUrl() + "/protocol/openid-connect";
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientId(keycloak.clientId())
			.clientSecret(keycloak.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.authorizationUri(browser + "/auth")
			.tokenUri(server + "/token")
			.jwkSetUri(server + "/certs")
			.userInfoUri(server + "/userinfo")
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.issuerUri(keycloak.browserRealmUrl())
			.providerConfigurationMetadata(Map.of("end_session_endpoint", browser + "/logout"))
			.clientName("Keycloak")
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

}
