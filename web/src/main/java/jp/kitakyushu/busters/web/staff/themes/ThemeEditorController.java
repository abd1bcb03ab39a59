package jp.kitakyushu.busters.web.staff.themes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A theme's page: the editor while it is a draft, what it says once published, and in
 * both the companies whose capabilities fit it.
 */
@Controller
class ThemeEditorController {

	static final String FORM = "themeForm";

	private final ApiClient api;

	private final ThemePage page;

	ThemeEditorController(ApiClient api, ThemePage page) {
		this.api = api;
		this.page = page;
	}

	@GetMapping("/staff/themes/{id}")
	String show(@PathVariable String id, Model model) {
		this.page.load(id, model);
		return ThemePage.VIEW;
	}

	@PostMapping("/staff/themes/{id}")
	String save(@PathVariable String id, @ModelAttribute(FORM) ThemeForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		ThemeEdits edits = new ThemeEdits(form, binding);
		Optional<Map<String, Object>> input = edits.input();
		if (input.isEmpty()) {
			return again(id, model);
		}
		Map<String, Object> update = new HashMap<>(input.get());
		update.put("themeId", id);
		ApiResult result = this.api.execute("staff/themeUpdate", Map.of("input", update));
		if (FormErrors.addUserErrors(result, "themeUpdate", binding, edits.fieldNames())) {
			return again(id, model);
		}
		if (!result.has("themeUpdate.theme")) {
			binding.reject("userError.UNAVAILABLE");
			return again(id, model);
		}
		redirect.addFlashAttribute("flash", "staff.theme.flash.saved");
		return "redirect:/staff/themes/" + id;
	}

	/**
	 * The editor again with the input as typed (blank rows included, as they were sent)
	 * and its errors.
	 */
	private String again(String id, Model model) {
		this.page.load(id, model);
		return ThemePage.VIEW;
	}

}
