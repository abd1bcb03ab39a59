package jp.kitakyushu.busters.web.system;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.LazyContextVariable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's header needs: whether someone is signed in, their name in the page's
 * order of names, their roles (which decide the menu), the unread notifications of a
 * citizen, and links to this same page in the other language.
 */
@ControllerAdvice
class CurrentUserAdvice {

	private final NotificationBadge badge;

	CurrentUserAdvice(NotificationBadge badge) {
		this.badge = badge;
	}

	@ModelAttribute
	void describe(@Nullable Authentication authentication, HttpServletRequest request, Model model) {
		boolean signedIn = authentication instanceof OAuth2AuthenticationToken;
		Set<String> roles = signedIn ? authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring(5).toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet()) : Set.of();
		model.addAttribute("signedIn", signedIn);
		model.addAttribute("roles", roles);
		if (authentication instanceof OAuth2AuthenticationToken token
				&& token.getPrincipal() instanceof OidcUser user) {
			model.addAttribute("displayName", DisplayName.of(user, LocaleContextHolder.getLocale()));
		}
		if (roles.contains("citizen")) {
			// Only asked for when the header is rendered, and cached in the session.
			model.addAttribute("unreadCount", new LazyContextVariable<Long>() {
				@Override
				protected Long loadValue() {
					return CurrentUserAdvice.this.badge.unread(request);
				}
			});
		}
		model.addAttribute("currentPath", request.getRequestURI());
		model.addAttribute("langJa", withLanguage(request, "ja"));
		model.addAttribute("langEn", withLanguage(request, "en"));
	}

	private static String withLanguage(HttpServletRequest request, String language) {
		String query = request.getQueryString();
		String uri = request.getRequestURI() + ((query != null) ? "?" + query : "");
		return UriComponentsBuilder.fromUriString(uri).replaceQueryParam("lang", language).build().toUriString();
	}

}
