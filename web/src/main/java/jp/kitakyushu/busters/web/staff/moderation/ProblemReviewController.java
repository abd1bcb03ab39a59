package jp.kitakyushu.busters.web.staff.moderation;

import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.staff.StaffActions;
import jp.kitakyushu.busters.web.staff.StaffInput;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reviewing one problem: publish it, reject it with a reason its submitter reads, or
 * merge it into the problem it repeats. After each decision the next problem in the queue
 * opens, so a moderator works through the queue without going back to it.
 */
@Controller
class ProblemReviewController {

	static final String REJECT_FORM = "rejectForm";

	static final int MAX_REASON = 1000;

	private final ApiClient api;

	private final ReviewPage page;

	private final RejectionReasons reasons;

	ProblemReviewController(ApiClient api, ReviewPage page, RejectionReasons reasons) {
		this.api = api;
		this.page = page;
		this.reasons = reasons;
	}

	@GetMapping("/staff/problems/{id}")
	String review(@PathVariable String id, Model model) {
		model.addAttribute(REJECT_FORM, RejectForm.blank());
		return this.page.render(id, model);
	}

	@PostMapping("/staff/problems/{id}/publish")
	String publish(@PathVariable String id, Model model, RedirectAttributes redirect) {
		ApiResult result = this.api.execute("staff/problemPublish", Map.of("id", id));
		return decided(id, result, "problemPublish", "staff.review.flash.published", model, redirect);
	}

	@PostMapping("/staff/problems/{id}/reject")
	String reject(@PathVariable String id, @ModelAttribute(REJECT_FORM) RejectForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String reason = StaffInput.text(form.reason());
		if (reason.isEmpty()) {
			reason = this.reasons.find(StaffInput.text(form.preset())).orElse("");
		}
		if (reason.isEmpty()) {
			FormErrors.reject(binding, "reason", "REQUIRED");
		}
		else if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
			FormErrors.reject(binding, "reason", "TOO_LONG");
		}
		if (binding.hasErrors()) {
			return this.page.render(id, model);
		}
		ApiResult result = this.api.execute("staff/problemReject", Map.of("id", id, "reason", reason));
		if (FormErrors.addUserErrors(result, "problemReject", binding, Map.of())) {
			return this.page.render(id, model);
		}
		return decided(id, result, "problemReject", "staff.review.flash.rejected", model, redirect);
	}

	@PostMapping("/staff/problems/{id}/merge")
	String merge(@PathVariable String id, @RequestParam(name = "into", required = false) @Nullable String into,
			Model model, RedirectAttributes redirect) {
		if (StaffInput.blank(into)) {
			model.addAttribute(REJECT_FORM, RejectForm.blank());
			model.addAttribute("actionError", "staff.review.error.noCandidate");
			return this.page.render(id, model);
		}
		ApiResult result = this.api.execute("staff/problemMerge", Map.of("id", id, "into", StaffInput.text(into)));
		return decided(id, result, "problemMerge", "staff.review.flash.merged", model, redirect);
	}

	/** On to the next problem waiting, or back to the queue when none is left. */
	@GetMapping("/staff/moderation/next")
	String next(Model model, RedirectAttributes redirect) {
		// The decision's message rides on to the page that opens next.
		if (model.getAttribute("flash") instanceof String flash) {
			redirect.addFlashAttribute("flash", flash);
		}
		ApiResult result = this.api.execute("staff/moderationNext");
		Optional<String> next = result.list("problems.nodes", ReviewPage.Ref.class)
			.stream()
			.map(ReviewPage.Ref::id)
			.findFirst();
		return next.map((id) -> "redirect:/staff/problems/" + id).orElse("redirect:/staff/moderation");
	}

	private String decided(String id, ApiResult result, String mutation, String flash, Model model,
			RedirectAttributes redirect) {
		Optional<String> error = StaffActions.error(result, mutation);
		if (error.isPresent()) {
			if (!model.containsAttribute(REJECT_FORM)) {
				model.addAttribute(REJECT_FORM, RejectForm.blank());
			}
			model.addAttribute("actionError", error.get());
			return this.page.render(id, model);
		}
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/staff/moderation/next";
	}

}
