package jp.kitakyushu.busters.web.staff.themes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.staff.StaffActions;
import jp.kitakyushu.busters.web.staff.StaffInput;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.system.ApiResult.UserError;
import jp.kitakyushu.busters.web.ui.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishing and cancelling a theme, each with a confirm step: the first post shows what
 * will happen (companies may propose and its problems become adopted; or the call ends
 * with the reason the public reads), the second, with {@code confirmed}, does it.
 */
@Controller
class ThemeDecisionController {

	static final String CANCEL_FORM = "cancelForm";

	static final String CONFIRM_VIEW = "staff/themes/confirm";

	static final int MAX_REASON = 1000;

	private final ApiClient api;

	private final ThemePage page;

	ThemeDecisionController(ApiClient api, ThemePage page) {
		this.api = api;
		this.page = page;
	}

	@PostMapping("/staff/themes/{id}/publish")
	String publish(@PathVariable String id,
			@RequestParam(name = "confirmed", required = false) @Nullable String confirmed, Model model,
			RedirectAttributes redirect) {
		if (!"true".equals(confirmed)) {
			return confirm(id, "publish", model);
		}
		ApiResult result = this.api.execute("staff/themePublish", Map.of("id", id));
		List<UserError> missing = result.userErrors("themePublish");
		if (!missing.isEmpty()) {
			// What a draft still lacks is shown next to its field in the editor.
			Optional<ThemeView> theme = this.page.load(id, model);
			theme.ifPresent((loaded) -> model.addAllAttributes(editorWithErrors(loaded, missing)));
			return ThemePage.VIEW;
		}
		return done(id, result, "themePublish", "staff.theme.flash.published", model, redirect);
	}

	@PostMapping("/staff/themes/{id}/cancel")
	String cancel(@PathVariable String id, @ModelAttribute(CANCEL_FORM) CancelForm form, BindingResult binding,
			@RequestParam(name = "confirmed", required = false) @Nullable String confirmed, Model model,
			RedirectAttributes redirect) {
		String reason = StaffInput.text(form.reason());
		if (reason.isEmpty()) {
			FormErrors.reject(binding, "reason", "REQUIRED");
		}
		else if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
			FormErrors.reject(binding, "reason", "TOO_LONG");
		}
		if (binding.hasErrors()) {
			this.page.load(id, model);
			return ThemePage.VIEW;
		}
		if (!"true".equals(confirmed)) {
			return confirm(id, "cancel", model);
		}
		ApiResult result = this.api.execute("staff/themeCancel", Map.of("id", id, "reason", reason));
		if (FormErrors.addUserErrors(result, "themeCancel", binding, Map.of())) {
			this.page.load(id, model);
			return ThemePage.VIEW;
		}
		return done(id, result, "themeCancel", "staff.theme.flash.cancelled", model, redirect);
	}

	private String confirm(String id, String decision, Model model) {
		if (this.page.load(id, model).isEmpty()) {
			return ThemePage.VIEW;
		}
		model.addAttribute("decision", decision);
		return CONFIRM_VIEW;
	}

	private String done(String id, ApiResult result, String mutation, String flash, Model model,
			RedirectAttributes redirect) {
		Optional<String> error = StaffActions.error(result, mutation);
		if (error.isPresent()) {
			this.page.load(id, model);
			model.addAttribute("actionError", error.get());
			return ThemePage.VIEW;
		}
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/staff/themes/" + id;
	}

	/**
	 * The stored theme in the editor, with what publishing found missing on its fields.
	 */
	private static Map<String, Object> editorWithErrors(ThemeView theme, List<UserError> missing) {
		ThemeForm form = ThemeEdits.of(theme);
		DataBinder binder = new DataBinder(form, ThemeEditorController.FORM);
		BindingResult errors = binder.getBindingResult();
		for (UserError error : missing) {
			String field = error.fieldName();
			String code = "userError.publish." + error.code();
			if (List.of("problemIds", "expectedOutcomes", "budgetCap", "criteria", "opensAt", "closesAt")
				.contains(field)) {
				errors.rejectValue(field, code + "." + field);
			}
			else {
				errors.reject(code, error.message());
			}
		}
		return Map.of(ThemeEditorController.FORM, form, BindingResult.MODEL_KEY_PREFIX + ThemeEditorController.FORM,
				errors);
	}

	/**
	 * Why a theme is called off.
	 *
	 * @param reason the reason the public reads
	 */
	public record CancelForm(@Nullable String reason) {
	}

}
