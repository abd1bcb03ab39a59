package jp.kitakyushu.busters.web.staff.themes;

import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.Categories;
import jp.kitakyushu.busters.web.ui.Category;
import jp.kitakyushu.busters.web.ui.Formats;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * Loads one theme with what its page shows beside it (categories for the editor, the
 * companies that fit for outreach) in one request.
 */
@Component
class ThemePage {

	static final String VIEW = "staff/themes/theme";

	private final ApiClient api;

	private final Formats formats;

	ThemePage(ApiClient api, Formats formats) {
		this.api = api;
		this.formats = formats;
	}

	/**
	 * The theme, with the page's other data added to the model; empty when the api did
	 * not answer (the model then says so), 404 when there is no such theme.
	 */
	Optional<ThemeView> load(String id, Model model) {
		ApiResult result = this.api.execute("staff/theme", Map.of("id", id));
		model.addAttribute("available", result.available());
		if (!result.available()) {
			return Optional.empty();
		}
		ThemeView theme = result.field("node", ThemeView.class)
			.filter((node) -> "Theme".equals(node.__typename()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("theme", theme);
		// The forms the page holds, as stored unless the request brought them typed.
		if (!model.containsAttribute(ThemeEditorController.FORM)) {
			model.addAttribute(ThemeEditorController.FORM, ThemeEdits.of(theme));
		}
		if (!model.containsAttribute(ThemeDecisionController.CANCEL_FORM)) {
			model.addAttribute(ThemeDecisionController.CANCEL_FORM, new ThemeDecisionController.CancelForm(""));
		}
		model.addAttribute("categoryOptions",
				Categories.options(result.list("categories", Category.class), this.formats));
		model.addAttribute("companies",
				result.list("matchCompanies", ThemeView.CompanyMatch.class)
					.stream()
					.filter((match) -> match.node().id() != null)
					.toList());
		return Optional.of(theme);
	}

}
