package jp.kitakyushu.busters.web.citizen.post;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.system.FormDrafts;
import jp.kitakyushu.busters.web.system.MapProperties;
import jp.kitakyushu.busters.web.ui.Categories;
import jp.kitakyushu.busters.web.ui.Category;
import jp.kitakyushu.busters.web.ui.FormErrors;
import jp.kitakyushu.busters.web.ui.Formats;
import jp.kitakyushu.busters.web.ui.Wards;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Posting a problem, the form path every form of the site follows: the form binds a
 * record, the page's own checks and the mutation's {@code userErrors} become errors next
 * to their fields, the input is kept, and success redirects (POST-redirect-GET) with a
 * flash message. The idempotency key rides in a hidden field, so sending twice posts
 * once.
 */
@Controller
class PostController {

	static final String FORM = "problemForm";

	private final ApiClient api;

	private final FormDrafts drafts;

	private final Wards wards;

	private final Formats formats;

	private final MessageSource messages;

	private final MapProperties map;

	PostController(ApiClient api, FormDrafts drafts, Wards wards, Formats formats, MessageSource messages,
			MapProperties map) {
		this.api = api;
		this.drafts = drafts;
		this.wards = wards;
		this.formats = formats;
		this.messages = messages;
		this.map = map;
	}

	@GetMapping("/my/problems/new")
	String form(HttpServletRequest request, Model model) {
		Optional<ProblemForm> kept = this.drafts.take(request, ProblemForm.class);
		kept.ifPresent((form) -> model.addAttribute("restored", true));
		model.addAttribute(FORM, kept.map(ProblemForm::withKey).orElseGet(ProblemForm::blank));
		return page(model);
	}

	@PostMapping("/my/problems/new")
	String submit(@ModelAttribute(FORM) ProblemForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Optional<Map<String, Object>> input = ProblemSubmission.input(form, binding, this.messages);
		if (input.isEmpty()) {
			return page(model);
		}
		ApiResult result = this.api.execute("citizen/problemSubmit", Map.of("input", input.get()));
		if (FormErrors.addUserErrors(result, "problemSubmit", binding, ProblemSubmission.FIELD_NAMES)) {
			return page(model);
		}
		Optional<String> id = result.field("problemSubmit.problem.id", String.class);
		if (id.isEmpty()) {
			binding.reject("userError." + result.errorCode().filter("RATE_LIMITED"::equals).orElse("UNAVAILABLE"));
			return page(model);
		}
		redirect.addFlashAttribute("flash", "post.flash.submitted");
		return "redirect:/my/problems/" + id.get();
	}

	private String page(Model model) {
		ApiResult result = this.api.execute("citizen/postForm");
		model.addAttribute("categoryOptions",
				Categories.options(result.list("categories", Category.class), this.formats));
		model.addAttribute("wardOptions", this.wards.options());
		model.addAttribute("map", this.map);
		return "citizen/post/form";
	}

}
