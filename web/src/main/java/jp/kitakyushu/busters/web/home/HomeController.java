package jp.kitakyushu.busters.web.home;

import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: who you are (as the api sees your token) and the state of the programme.
 */
@Controller
class HomeController {

	private static final String PUBLIC_PART = """
			health { status }
			problems(first: 5) { totalCount nodes { id title ward status supporterCount category { nameJa nameEn } } }""";

	private static final String SIGNED_IN = "query HomeSignedIn { me { subject roles name } " + PUBLIC_PART + " }";

	private static final String ANONYMOUS = "query HomeAnonymous { " + PUBLIC_PART + " }";

	private final ApiClient api;

	HomeController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/")
	String home(@Nullable Authentication authentication, Model model) {
		boolean signedIn = authentication instanceof OAuth2AuthenticationToken;
		ApiResult result = this.api.execute(signedIn ? SIGNED_IN : ANONYMOUS, Map.of());
		model.addAttribute("apiAvailable", result.available());
		model.addAttribute("apiStatus", result.field("health.status", String.class).orElse("DOWN"));
		model.addAttribute("problemCount", result.field("problems.totalCount", Integer.class).orElse(0));
		model.addAttribute("recentProblems",
				result.field("problems.nodes", RecentProblem[].class).map(List::of).orElse(List.of()));
		if (authentication instanceof OAuth2AuthenticationToken token
				&& token.getPrincipal() instanceof OidcUser user) {
			model.addAttribute("displayName", DisplayName.of(user, LocaleContextHolder.getLocale()));
			model.addAttribute("me", result.field("me", Me.class).orElse(null));
		}
		return "home";
	}

	/**
	 * A recent public problem, with personal data already masked by the api.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param ward its ward
	 * @param status its status
	 * @param supporterCount how many said "me too"
	 * @param category its category's names
	 */
	record RecentProblem(String id, String title, String ward, String status, int supporterCount,
			CategoryName category) {
	}

	/**
	 * A category's names in both languages.
	 *
	 * @param nameJa Japanese
	 * @param nameEn English
	 */
	record CategoryName(String nameJa, String nameEn) {
	}

	/**
	 * The signed-in user as the api reported them.
	 *
	 * @param subject the token's subject
	 * @param roles the platform roles
	 * @param name the display name
	 */
	record Me(String subject, List<String> roles, @Nullable String name) {
	}

}
