package jp.kitakyushu.busters.web.staff.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jp.kitakyushu.busters.web.staff.StaffActions;
import jp.kitakyushu.busters.web.staff.StaffInput;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.system.FormDrafts;
import jp.kitakyushu.busters.web.ui.Categories;
import jp.kitakyushu.busters.web.ui.Category;
import jp.kitakyushu.busters.web.ui.FormErrors;
import jp.kitakyushu.busters.web.ui.Formats;
import jp.kitakyushu.busters.web.ui.Wards;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Intake on a caller's behalf. One form carries three actions: look for similar problems
 * (without JavaScript; with it the panel follows the typing), enter the problem, or enter
 * it as one more supporter of a problem already reported (entered, then merged into it,
 * so the caller's contact details stay with staff and the support counts there).
 */
@Controller
class IntakeController {

	static final String FORM = "intakeForm";

	private final ApiClient api;

	private final FormDrafts drafts;

	private final Wards wards;

	private final Formats formats;

	IntakeController(ApiClient api, FormDrafts drafts, Wards wards, Formats formats) {
		this.api = api;
		this.drafts = drafts;
		this.wards = wards;
		this.formats = formats;
	}

	@GetMapping("/staff/intake")
	String form(@RequestParam(name = "entered", required = false) @Nullable String entered,
			@RequestParam(name = "supported", required = false) @Nullable String supported, HttpServletRequest request,
			Model model) {
		Optional<IntakeForm> kept = this.drafts.take(request, IntakeForm.class);
		kept.ifPresent((form) -> model.addAttribute("restored", true));
		model.addAttribute(FORM, kept.orElseGet(IntakeForm::blank));
		model.addAttribute("entered", entered);
		model.addAttribute("supported", supported);
		return page(model);
	}

	/** The similar-problems panel alone, for the page's script while staff type. */
	@GetMapping("/staff/intake/similar")
	String similarPanel(@RequestParam(name = "title", required = false) @Nullable String title,
			@RequestParam(name = "body", required = false) @Nullable String body, Model model) {
		model.addAttribute("similar", similar(StaffInput.text(title) + "\n" + StaffInput.text(body)));
		model.addAttribute("searched", true);
		return "staff/intake/form :: similar";
	}

	@PostMapping("/staff/intake")
	String submit(@ModelAttribute(FORM) IntakeForm form, BindingResult binding,
			@RequestParam(name = "action", required = false) @Nullable String action,
			@RequestParam(name = "duplicateOf", required = false) @Nullable String duplicateOf, Model model,
			RedirectAttributes redirect) {
		if ("similar".equals(action)) {
			model.addAttribute("similar", similar(form.describedProblem()));
			model.addAttribute("searched", true);
			return page(model);
		}
		Optional<Map<String, Object>> input = IntakeSubmission.input(form, binding);
		if (input.isEmpty()) {
			return page(model);
		}
		ApiResult result = this.api.execute("staff/problemSubmitOnBehalf", Map.of("input", input.get()));
		if (FormErrors.addUserErrors(result, "problemSubmitOnBehalf", binding, IntakeSubmission.FIELD_NAMES)) {
			return page(model);
		}
		Optional<Entered> entered = result.field("problemSubmitOnBehalf.problem", Entered.class);
		if (entered.isEmpty()) {
			binding.reject(StaffActions.error(result, "problemSubmitOnBehalf").orElse("userError.UNAVAILABLE"));
			return page(model);
		}
		String target = StaffInput.text(duplicateOf);
		if (!target.isEmpty() && !entered.get().isMergedInto(target)) {
			ApiResult merged = this.api.execute("staff/problemMerge", Map.of("id", entered.get().id(), "into", target));
			Optional<String> error = StaffActions.error(merged, "problemMerge");
			if (error.isPresent()) {
				// The call is entered all the same; it waits in the moderation queue.
				redirect.addFlashAttribute("flash", "staff.intake.flash.enteredNotMerged");
				return "redirect:/staff/intake?entered=" + entered.get().id();
			}
		}
		if (!target.isEmpty()) {
			redirect.addFlashAttribute("flash", "staff.intake.flash.supported");
			return "redirect:/staff/intake?supported=" + target;
		}
		redirect.addFlashAttribute("flash", "staff.intake.flash.entered");
		return "redirect:/staff/intake?entered=" + entered.get().id();
	}

	private List<Similar> similar(String text) {
		if (text.isBlank()) {
			return List.of();
		}
		return this.api.execute("staff/intakeSimilar", Map.of("text", text))
			.list("similarProblems", Similar.class)
			.stream()
			.filter((match) -> match.node().id() != null)
			.toList();
	}

	private String page(Model model) {
		ApiResult result = this.api.execute("staff/intakeForm");
		model.addAttribute("categoryOptions",
				Categories.options(result.list("categories", Category.class), this.formats));
		model.addAttribute("wardOptions", this.wards.options());
		model.addAttribute("methods", IntakeSubmission.METHODS);
		return "staff/intake/form";
	}

	/**
	 * The problem just entered.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 * @param mergedInto where it went, if a retry finds it merged already
	 */
	record Entered(String id, String title, String status, @Nullable Ref mergedInto) {

		boolean isMergedInto(String target) {
			return this.mergedInto != null && this.mergedInto.id().equals(target);
		}

	}

	/**
	 * A problem already reported that looks like the caller's.
	 *
	 * @param score how similar
	 * @param node the problem
	 */
	record Similar(double score, SimilarProblem node) {
	}

	/**
	 * A similar problem with its text.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param body its description
	 * @param status its state
	 * @param ward its ward
	 * @param supporterCount its supporters
	 * @param createdAt when it was posted
	 */
	record SimilarProblem(@Nullable String id, @Nullable String title, @Nullable String body, @Nullable String status,
			@Nullable String ward, int supporterCount, @Nullable Instant createdAt) {

		/** Whether a caller's support can be added to it (published or adopted). */
		public boolean supportable() {
			return "PUBLISHED".equals(this.status) || "ADOPTED".equals(this.status);
		}

	}

	/**
	 * Another object.
	 *
	 * @param id its global id
	 */
	record Ref(String id) {
	}

}
