package jp.kitakyushu.busters.web.company.proposals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jp.kitakyushu.busters.web.company.proposals.ProposalView.ThemeView;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.system.FormDrafts;
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
 * The proposal editor. One form, several buttons: save the draft, submit it (once saved),
 * check the fit (where JavaScript does not run; where it does, the panel follows the text
 * by itself), add plan lines. Whatever fails comes back next to its field with the input
 * kept; nothing is written until every check passes.
 */
@Controller
class ProposalEditorController {

	static final String FORM = "proposalForm";

	private final ApiClient api;

	private final OurProposals proposals;

	private final FitPanel fitPanel;

	private final EditorPage page;

	private final FormDrafts drafts;

	ProposalEditorController(ApiClient api, OurProposals proposals, FitPanel fitPanel, EditorPage page,
			FormDrafts drafts) {
		this.api = api;
		this.proposals = proposals;
		this.fitPanel = fitPanel;
		this.page = page;
		this.drafts = drafts;
	}

	@GetMapping("/company/proposals/new")
	String newProposal(@RequestParam(name = "theme", required = false) @Nullable String themeId,
			@RequestParam(name = "company", required = false) @Nullable String companyId, HttpServletRequest request,
			Model model) {
		NewProposalContext context = newContext(themeId);
		if (context.theme() == null) {
			return this.page.unavailable(model);
		}
		String company = context.companyFor(companyId);
		ProposalForm form = this.drafts.take(request, ProposalForm.class)
			.map(ProposalForm::withKey)
			.orElseGet(() -> ProposalForm.blank(context.theme().id(), company));
		model.addAttribute(FORM, form);
		return this.page.render(model, form, null, context.theme(), null, context.options(), null, 0);
	}

	@PostMapping("/company/proposals/new")
	String create(@ModelAttribute(FORM) ProposalForm form, BindingResult binding,
			@RequestParam(name = "action", defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		NewProposalContext context = newContext(form.themeId());
		if (context.theme() == null) {
			return this.page.unavailable(model);
		}
		ThemeView theme = context.theme();
		if (!"save".equals(action)) {
			return otherAction(action, model, form, theme, null, context.options());
		}
		if (context.options().stream().noneMatch((option) -> option.id().equals(form.companyId()))) {
			binding.rejectValue("companyId", "company.proposal.companyNotVerified");
		}
		ProposalPlan plan = ProposalPlan.read(form, theme.terms(), false, binding);
		if (binding.hasErrors()) {
			return this.page.render(model, form, binding, theme, null, context.options(), null, 0);
		}
		Map<String, Object> input = new LinkedHashMap<>(plan.input());
		input.put("themeId", theme.id());
		input.put("companyId", ProposalForm.text(form.companyId()));
		input.put("idempotencyKey", ProposalForm.text(form.idempotencyKey()));
		ApiResult result = this.api.execute("company/proposalCreate", Map.of("input", input));
		Optional<String> id = result.field("proposalCreate.proposal.id", String.class);
		if (FormErrors.addUserErrors(result, "proposalCreate", binding, plan.fieldNames()) || id.isEmpty()) {
			if (!binding.hasErrors()) {
				binding.reject("userError." + result.errorCode().filter("RATE_LIMITED"::equals).orElse("UNAVAILABLE"));
			}
			return this.page.render(model, form, binding, theme, null, context.options(), null, 0);
		}
		redirect.addFlashAttribute("flash", "company.flash.draftSaved");
		return "redirect:/company/proposals/" + id.get();
	}

	@GetMapping("/company/proposals/{id}/edit")
	String edit(@PathVariable String id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Optional<ProposalView> loaded = this.proposals.load(id);
		if (loaded.isEmpty()) {
			return this.page.unavailable(model);
		}
		ProposalView proposal = loaded.get();
		if (!proposal.draft()) {
			redirect.addFlashAttribute("flash", "company.flash.notEditable");
			return "redirect:/company/proposals/" + id;
		}
		ProposalForm form = this.drafts.take(request, ProposalForm.class).orElseGet(proposal::toForm);
		model.addAttribute(FORM, form);
		return this.page.render(model, form, null, proposal.theme(), proposal, List.of(), null, 0);
	}

	@PostMapping("/company/proposals/{id}/edit")
	String update(@PathVariable String id, @ModelAttribute(FORM) ProposalForm form, BindingResult binding,
			@RequestParam(name = "action", defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		OurProposals.Lookup lookup = this.proposals.lookup(id);
		if (!lookup.available()) {
			return this.page.unavailable(model);
		}
		ProposalView proposal = lookup.proposal();
		if (proposal == null) {
			// No longer ours (the author left the organisation): the input stays on the
			// page with the reason, and nothing is sent.
			binding.reject("company.error.notMember");
			return this.page.render(model, form, binding, null, null, List.of(), null, 0);
		}
		ThemeView theme = proposal.theme();
		if (!"save".equals(action) && !"submit".equals(action)) {
			return otherAction(action, model, form, theme, proposal, List.of());
		}
		boolean submitting = "submit".equals(action);
		ProposalPlan plan = ProposalPlan.read(form, theme.terms(), submitting, binding);
		if (!proposal.draft()) {
			binding.reject("company.proposal.notEditable");
		}
		if (binding.hasErrors()) {
			return this.page.render(model, form, binding, theme, proposal, List.of(), null, 0);
		}
		Map<String, Object> input = new LinkedHashMap<>(plan.input());
		input.put("proposalId", id);
		ApiResult result = this.api.execute("company/proposalUpdate", Map.of("input", input));
		if (FormErrors.addUserErrors(result, "proposalUpdate", binding, plan.fieldNames())
				|| !result.has("proposalUpdate.proposal")) {
			if (!binding.hasErrors()) {
				binding.reject("userError.UNAVAILABLE");
			}
			return this.page.render(model, form, binding, theme, proposal, List.of(), null, 0);
		}
		if (submitting) {
			ApiResult submitted = this.api.execute("company/proposalSubmit", Map.of("input", Map.of("proposalId", id)));
			if (FormErrors.addUserErrors(submitted, "proposalSubmit", binding, plan.fieldNames())
					|| !submitted.has("proposalSubmit.proposal")) {
				if (!binding.hasErrors()) {
					binding.reject("userError.UNAVAILABLE");
				}
				model.addAttribute("savedNotSubmitted", true);
				return this.page.render(model, form, binding, theme, proposal, List.of(), null, 0);
			}
		}
		redirect.addFlashAttribute("flash", submitting ? "company.flash.submitted" : "company.flash.draftSaved");
		return "redirect:/company/proposals/" + id;
	}

	/**
	 * Submits a saved draft from its page; what stops it comes back in the editor, next
	 * to the fields to fix.
	 */
	@PostMapping("/company/proposals/{id}/submit")
	String submit(@PathVariable String id, Model model, RedirectAttributes redirect) {
		Optional<ProposalView> loaded = this.proposals.load(id);
		if (loaded.isEmpty()) {
			return this.page.unavailable(model);
		}
		ProposalView proposal = loaded.get();
		ProposalForm form = proposal.toForm();
		model.addAttribute(FORM, form);
		BindingResult binding = this.page.bindingFor(model, form);
		ProposalPlan plan = ProposalPlan.read(form, proposal.theme().terms(), true, binding);
		if (!binding.hasErrors()) {
			ApiResult submitted = this.api.execute("company/proposalSubmit", Map.of("input", Map.of("proposalId", id)));
			if (!FormErrors.addUserErrors(submitted, "proposalSubmit", binding, plan.fieldNames())
					&& submitted.has("proposalSubmit.proposal")) {
				redirect.addFlashAttribute("flash", "company.flash.submitted");
				return "redirect:/company/proposals/" + id;
			}
			if (!binding.hasErrors()) {
				binding.reject("userError.UNAVAILABLE");
			}
		}
		return this.page.render(model, form, binding, proposal.theme(), proposal, List.of(), null, 0);
	}

	/** The fit panel alone, for htmx while the author writes. */
	@PostMapping("/company/proposals/fit")
	String fit(@ModelAttribute(FORM) ProposalForm form, Model model) {
		model.addAttribute("fit", this.fitPanel.of(form.textForMatching()));
		model.addAttribute("currentThemeId", form.themeId());
		model.addAttribute("htmx", true);
		return "company/proposals/fit :: panel";
	}

	private String otherAction(String action, Model model, ProposalForm form, ThemeView theme,
			@Nullable ProposalView proposal, List<NewProposalContext.CompanyOption> options) {
		// Neither "add lines" nor "check the fit" checks or saves anything.
		if ("addMilestone".equals(action)) {
			model.addAttribute("focusRow", true);
			return this.page.render(model, form, null, theme, proposal, options, null, 2);
		}
		model.addAttribute("fitChecked", true);
		return this.page.render(model, form, null, theme, proposal, options, this.fitPanel.of(form.textForMatching()),
				0);
	}

	private NewProposalContext newContext(@Nullable String themeId) {
		return NewProposalContext.load(this.api, themeId);
	}

}
