package jp.kitakyushu.busters.web.system;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sends people to Keycloak in the site's language ({@code ui_locales}) and, from the
 * sign-up link ({@code /oauth2/authorization/keycloak?signup}), straight to Keycloak's
 * registration form ({@code prompt=create}). PKCE is always on: Keycloak requires it from
 * this client although it is confidential.
 */
final class KeycloakAuthorizationRequests implements OAuth2AuthorizationRequestResolver {

	static final String SIGN_UP_PARAMETER = "signup";

	/**
	 * The request being resolved, for the customizer, which is only given the builder.
	 */
	private static final ThreadLocal<HttpServletRequest> CURRENT = new ThreadLocal<>();

	private final DefaultOAuth2AuthorizationRequestResolver delegate;

	KeycloakAuthorizationRequests(ClientRegistrationRepository registrations, LocaleResolver locales) {
		this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
		this.delegate
			.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce().andThen((builder) -> {
				HttpServletRequest request = CURRENT.get();
				if (request == null) {
					return;
				}
				String language = locales.resolveLocale(request).getLanguage();
				boolean signUp = request.getParameter(SIGN_UP_PARAMETER) != null;
				builder.additionalParameters((parameters) -> {
					parameters.put("ui_locales", language);
					if (signUp) {
						parameters.put("prompt", "create");
					}
				});
			}));
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		return with(request, () -> this.delegate.resolve(request));
	}

	@Override
	public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
		return with(request, () -> this.delegate.resolve(request, clientRegistrationId));
	}

	private static @Nullable OAuth2AuthorizationRequest with(HttpServletRequest request,
			Supplier<@Nullable OAuth2AuthorizationRequest> resolve) {
		CURRENT.set(request);
		try {
			return resolve.get();
		}
		finally {
			CURRENT.remove();
		}
	}

}
