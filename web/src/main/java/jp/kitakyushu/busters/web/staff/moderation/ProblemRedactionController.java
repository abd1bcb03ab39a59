package jp.kitakyushu.busters.web.staff.moderation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.staff.StaffActions;
import jp.kitakyushu.busters.web.staff.moderation.MarkedOriginal.Finding;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's privacy review from the review page: show findings after all, mask words the
 * detector missed, confirm the rest, and optionally publish in the same step. Before
 * publishing this decides what the public will read; afterwards it changes the public
 * text at once. Every refusal comes back next to the form, nothing changed.
 */
@Controller
class ProblemRedactionController {

	static final String REDACT_FORM = "redactForm";

	/** The api's input field names mapped to the form's. */
	private static final Map<String, String> FIELDS = Map.of("mask", "phrase", "unmask", "unmask");

	private final ApiClient api;

	private final ReviewPage page;

	ProblemRedactionController(ApiClient api, ReviewPage page) {
		this.api = api;
		this.page = page;
	}

	@PostMapping("/staff/problems/{id}/redact")
	String redact(@PathVariable String id, @ModelAttribute(REDACT_FORM) RedactForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		// The form stays on the page with its errors even when the problem can no longer
		// be reviewed (rejected meanwhile), so the refusal is read where it was made.
		model.addAttribute("redactTried", true);
		ApiResult current = this.api.execute("staff/problemFindings", Map.of("id", id));
		if (!current.available()) {
			binding.reject("userError.UNAVAILABLE");
			return this.page.render(id, model);
		}
		Current problem = current.field("node", Current.class)
			.filter((node) -> "Problem".equals(node.__typename()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		RedactionRequest request = RedactionRequest.of(id, problem.title(), problem.body(), problem.allFindings(),
				form);
		request.errors().forEach((mistake) -> FormErrors.reject(binding, mistake.field(), mistake.code()));
		if (binding.hasErrors()) {
			return this.page.render(id, model);
		}
		ApiResult result = this.api.execute("staff/problemRedact", Map.of("input", request.input()));
		if (FormErrors.addUserErrors(result, "problemRedact", binding, FIELDS)) {
			return this.page.render(id, model);
		}
		Optional<String> refused = StaffActions.error(result, "problemRedact");
		if (refused.isPresent()) {
			// Not a user error: the api refused the caller (FORBIDDEN) or did not answer.
			binding.reject(result.errorCode()
				.filter("FORBIDDEN"::equals)
				.map((code) -> "userError." + code)
				.orElse(refused.get()));
			return this.page.render(id, model);
		}
		if (form.publishing() && "SUBMITTED".equals(problem.status())) {
			return publish(id, model, redirect);
		}
		redirect.addFlashAttribute("flash", "SUBMITTED".equals(problem.status()) ? "staff.review.flash.redacted"
				: "staff.review.flash.republished");
		return "redirect:/staff/problems/" + id + "#privacy-heading";
	}

	/** Publishes right after the review; a refusal now keeps the saved review. */
	private String publish(String id, Model model, RedirectAttributes redirect) {
		ApiResult published = this.api.execute("staff/problemPublish", Map.of("id", id));
		Optional<String> error = StaffActions.error(published, "problemPublish");
		if (error.isPresent()) {
			// The review is saved: the form starts afresh and says why publishing failed.
			BindingResult fresh = new DirectFieldBindingResult(RedactForm.blank(), REDACT_FORM);
			fresh.reject("staff.review.error.savedNotPublished");
			fresh.reject(error.get());
			model.addAttribute(REDACT_FORM, fresh.getTarget());
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + REDACT_FORM, fresh);
			return this.page.render(id, model);
		}
		redirect.addFlashAttribute("flash", "staff.review.flash.published");
		return "redirect:/staff/moderation/next";
	}

	/**
	 * The problem as the review is decided on.
	 *
	 * @param __typename the node's type
	 * @param id its global id
	 * @param title its original title
	 * @param body its original body
	 * @param status where it is
	 * @param findings its findings
	 */
	record Current(String __typename, String id, String title, String body, String status,
			@Nullable List<Finding> findings) {

		List<Finding> allFindings() {
			return (this.findings != null) ? this.findings : List.of();
		}

	}

}
