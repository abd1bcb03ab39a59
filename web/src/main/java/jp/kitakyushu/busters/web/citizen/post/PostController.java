package jp.kitakyushu.busters.web.citizen.post;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.system.FormDrafts;
import jp.kitakyushu.busters.web.ui.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Posting a problem in three steps, each a plain form: write it, check it (exactly what
 * the public will read, and existing problems that may be the same: "is this yours?
 * support it instead"), then post it.
 * <p>
 * It follows the site's one form path: the form binds a record; the page's own checks and
 * the api's {@code userErrors} become errors next to their fields in the user's language
 * ({@link FormErrors}); the input is kept; success redirects (POST-redirect-GET) with a
 * flash message. The idempotency key rides in a hidden field through every step, so
 * sending twice posts once.
 */
@Controller
class PostController {

	static final String FORM = "problemForm";

	private final ApiClient api;

	private final FormDrafts drafts;

	private final PostPages pages;

	private final MessageSource messages;

	PostController(ApiClient api, FormDrafts drafts, PostPages pages, MessageSource messages) {
		this.api = api;
		this.drafts = drafts;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/my/problems/new")
	String form(HttpServletRequest request, Model model) {
		Optional<ProblemForm> kept = this.drafts.take(request, ProblemForm.class);
		kept.ifPresent((form) -> model.addAttribute("restored", true));
		model.addAttribute(FORM, kept.map(ProblemForm::withKey).orElseGet(ProblemForm::blank));
		return this.pages.form(model);
	}

	/** Step 2: the check. Nothing is stored yet. */
	@PostMapping("/my/problems/new")
	String check(@ModelAttribute(FORM) ProblemForm form, BindingResult binding, Model model) {
		Map<String, Object> input = ProblemSubmission.candidate(form.withKey(), binding, this.messages);
		String text = ProblemSubmission.similarityText(form.title(), form.body());
		ApiResult result = this.api.execute("citizen/postCheck",
				Map.of("input", ProblemSubmission.previewInput(input), "text", text, "compare", !text.isBlank()));
		if (!result.available()) {
			binding.reject("userError.UNAVAILABLE");
			return this.pages.form(model);
		}
		FormErrors.addUserErrors(result, "problemPreview", binding, ProblemSubmission.FIELD_NAMES);
		if (binding.hasErrors()) {
			return this.pages.form(model, result);
		}
		model.addAttribute(FORM, form.withKey());
		return this.pages.confirm(model, result, input);
	}

	/** Back from the check to the form, with everything as typed. */
	@PostMapping("/my/problems/new/edit")
	String edit(@ModelAttribute(FORM) ProblemForm form, Model model) {
		model.addAttribute(FORM, form.withKey());
		return this.pages.form(model);
	}

	/** Step 3: posting. */
	@PostMapping("/my/problems")
	String submit(@ModelAttribute(FORM) ProblemForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Optional<Map<String, Object>> input = ProblemSubmission.input(form, binding, this.messages);
		if (input.isEmpty()) {
			return this.pages.form(model);
		}
		ApiResult result = this.api.execute("citizen/problemSubmit", Map.of("input", input.get()));
		if (FormErrors.addUserErrors(result, "problemSubmit", binding, ProblemSubmission.FIELD_NAMES)) {
			return this.pages.form(model);
		}
		Optional<String> id = result.field("problemSubmit.problem.id", String.class);
		if (id.isEmpty()) {
			binding.reject("userError." + result.errorCode().filter("RATE_LIMITED"::equals).orElse("UNAVAILABLE"));
			return this.pages.form(model);
		}
		redirect.addFlashAttribute("flash", "post.flash.submitted");
		return "redirect:/my/problems/" + id.get();
	}

}
