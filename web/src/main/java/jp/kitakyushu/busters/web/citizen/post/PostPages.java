package jp.kitakyushu.busters.web.citizen.post;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.system.MapProperties;
import jp.kitakyushu.busters.web.ui.Categories;
import jp.kitakyushu.busters.web.ui.Category;
import jp.kitakyushu.busters.web.ui.Formats;
import jp.kitakyushu.busters.web.ui.Wards;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the posting pages show besides the form itself: the choices of category and ward,
 * the map's settings, and on the check page the public preview and similar problems.
 */
@Component
class PostPages {

	private final ApiClient api;

	private final Wards wards;

	private final Formats formats;

	private final MapProperties map;

	PostPages(ApiClient api, Wards wards, Formats formats, MapProperties map) {
		this.api = api;
		this.wards = wards;
		this.formats = formats;
		this.map = map;
	}

	/** The form, asking the api for the categories. */
	String form(Model model) {
		return form(model, this.api.execute("citizen/postForm"));
	}

	/** The form, with the categories from an answer that has them. */
	String form(Model model, ApiResult withCategories) {
		model.addAttribute("categoryOptions",
				Categories.options(withCategories.list("categories", Category.class), this.formats));
		model.addAttribute("wardOptions", this.wards.options());
		model.addAttribute("map", this.map);
		return "citizen/post/form";
	}

	/** The check: the public preview, the similar problems, and the form to post. */
	String confirm(Model model, ApiResult check, Map<String, Object> input) {
		List<Category> categories = check.list("categories", Category.class);
		String code = String.valueOf(input.get("category"));
		model.addAttribute("previewTitle", check.field("problemPreview.title", String.class).orElse(""));
		model.addAttribute("previewBody", check.field("problemPreview.body", String.class).orElse(""));
		model.addAttribute("previewCategory",
				categories.stream()
					.filter((category) -> category.code().equals(code))
					.findFirst()
					.map(this.formats::category)
					.orElse(code));
		model.addAttribute("previewWard", this.formats.ward(String.valueOf(input.get("ward"))));
		addSimilar(model, similar(check));
		return "citizen/post/confirm";
	}

	/**
	 * The similar problems of an answer, without kinds other than problems, each with
	 * whether the api judges it very likely the same.
	 */
	static List<SimilarProblem> similar(ApiResult result) {
		return result.list("similarProblems", SimilarProblem.Match.class)
			.stream()
			.map(SimilarProblem.Match::problem)
			.filter(Objects::nonNull)
			.toList();
	}

	/**
	 * The similar problems for the templates: the ones very likely the same, said plainly
	 * with "me too" first, and the others in the usual list.
	 */
	static void addSimilar(Model model, List<SimilarProblem> similar) {
		model.addAttribute("similar", similar);
		model.addAttribute("likelySame", similar.stream().filter(SimilarProblem::sameProblemLikely).toList());
		model.addAttribute("otherSimilar", similar.stream().filter((other) -> !other.sameProblemLikely()).toList());
	}

}
