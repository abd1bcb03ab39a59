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
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may open what, and how people sign in.
 * <p>
 * One rule per audience: {@code /my/**} is for citizens, {@code /company/**} for company
 * members, {@code /staff/**} for city staff. Everything else is the visitor's part of the
 * site and public by design, so a page that needs sign-in goes under its audience's
 * prefix rather than into a growing list here.
 * <p>
 * Sign-in runs through Keycloak as a backend-for-frontend: the authorization code flow
 * with PKCE runs between this server and Keycloak, tokens stay in the server-side
 * session, and the browser only ever holds a session cookie.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ KeycloakClientProperties.class, MapProperties.class })
class SecurityConfiguration {

	static final String REGISTRATION_ID = "keycloak";

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
			LocaleResolver locales, FormDrafts drafts, KeycloakClientProperties keycloak, MapProperties map)
			throws Exception {
		OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		logout.setPostLogoutRedirectUri("{baseUrl}/");
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/my/**")
			.hasRole("CITIZEN")
			.requestMatchers("/company/**")
			.hasRole("COMPANY")
			.requestMatchers("/staff/**")
			.hasRole("STAFF")
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
			.permitAll()
			.requestMatchers("/actuator/**")
			.denyAll()
			.anyRequest()
			.permitAll())
			.oauth2Login((login) -> login
				.authorizationEndpoint((endpoint) -> endpoint
					.authorizationRequestResolver(new KeycloakAuthorizationRequests(registrations, locales)))
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(new KeycloakRoles()))
				.defaultSuccessUrl("/", false))
			.logout((out) -> out.logoutSuccessHandler(logout))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new AccessDeniedPages(drafts)))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(ContentSecurityPolicy.of(keycloak, map)))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	@Bean
	ClientRegistrationRepository clientRegistrations(KeycloakClientProperties keycloak) {
		// Endpoints are spelled out rather than discovered, so the web app starts even
		// while Keycloak is still starting, and browser-facing and server-facing URLs
		// can differ.
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
