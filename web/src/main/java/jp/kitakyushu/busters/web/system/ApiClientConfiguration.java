package jp.kitakyushu.busters.web.system;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * The GraphQL client to the api, with the signed-in user's token relayed on every call.
 */
@Configuration(proxyBeanMethods = false)
class ApiClientConfiguration {

	@Bean
	OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService clients) {
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, clients);
		// Access tokens live minutes; the refresh token renews them without a new login.
		manager.setAuthorizedClientProvider(
				OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return manager;
	}

	@Bean
	HttpSyncGraphQlClient apiGraphQlClient(@Value("${busters.api.url}") String apiUrl,
			OAuth2AuthorizedClientManager authorizedClients) {
		OAuth2ClientHttpRequestInterceptor tokenRelay = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
		tokenRelay.setClientRegistrationIdResolver((request) -> signedInRegistration());
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(java.time.Duration.ofSeconds(3));
		requests.setReadTimeout(java.time.Duration.ofSeconds(15));
		RestClient rest = RestClient.builder()
			.baseUrl(apiUrl)
			.requestFactory(requests)
			.requestInterceptor(tokenRelay)
			.build();
		return HttpSyncGraphQlClient.create(rest);
	}

	private static @Nullable String signedInRegistration() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication instanceof OAuth2AuthenticationToken token) ? token.getAuthorizedClientRegistrationId()
				: null;
	}

}
