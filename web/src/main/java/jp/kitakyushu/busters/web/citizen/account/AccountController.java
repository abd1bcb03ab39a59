package jp.kitakyushu.busters.web.citizen.account;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.system.KeycloakLinks;
import jp.kitakyushu.busters.web.ui.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My account: who Keycloak says I am (changed in Keycloak's own account console), my
 * notification preferences, and what the platform keeps about me and who can see it.
 */
@Controller
class AccountController {

	static final String FORM = "preferencesForm";

	private final ApiClient api;

	private final KeycloakLinks keycloak;

	AccountController(ApiClient api, KeycloakLinks keycloak) {
		this.api = api;
		this.keycloak = keycloak;
	}

	@GetMapping("/my/account")
	String account(@AuthenticationPrincipal @Nullable OidcUser user, Model model) {
		ApiResult result = this.api.execute("citizen/account");
		Preferences preferences = result.field("myNotificationPreferences", Preferences.class).orElse(null);
		if (!model.containsAttribute(FORM)) {
			model.addAttribute(FORM,
					(preferences != null) ? new PreferencesForm(preferences.emailEnabled(), preferences.language())
							: new PreferencesForm(false, "ja"));
		}
		return page(user, result, preferences, model);
	}

	@PostMapping("/my/account/notifications")
	String save(@ModelAttribute(FORM) PreferencesForm form, BindingResult binding,
			@AuthenticationPrincipal @Nullable OidcUser user, Model model, RedirectAttributes redirect) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("emailEnabled", form.wantsEmail());
		input.put("language", (form.language() != null) ? form.language() : "ja");
		ApiResult result = this.api.execute("citizen/notificationPreferencesUpdate", Map.of("input", input));
		if (FormErrors.addUserErrors(result, "notificationPreferencesUpdate", binding, Map.of())
				|| !result.has("notificationPreferencesUpdate.preferences")) {
			if (!binding.hasErrors()) {
				binding.reject("userError.UNAVAILABLE");
			}
			ApiResult current = this.api.execute("citizen/account");
			return page(user, current, current.field("myNotificationPreferences", Preferences.class).orElse(null),
					model);
		}
		redirect.addFlashAttribute("flash", "account.flash.saved");
		return "redirect:/my/account";
	}

	private String page(@Nullable OidcUser user, ApiResult result, @Nullable Preferences preferences, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("preferences", preferences);
		model.addAttribute("problemCount", result.field("myProblems.totalCount", Long.class).orElse(0L));
		model.addAttribute("notificationCount", result.field("myNotifications.totalCount", Long.class).orElse(0L));
		model.addAttribute("accountConsole", this.keycloak.accountConsole("/my/account"));
		return "citizen/account";
	}

	/**
	 * Notification preferences as the api holds them.
	 *
	 * @param emailEnabled whether mail is wanted
	 * @param email the address from the sign-in token
	 * @param emailVerified whether Keycloak verified it
	 * @param language the mail's language
	 */
	record Preferences(boolean emailEnabled, @Nullable String email, boolean emailVerified, String language) {
	}

}
