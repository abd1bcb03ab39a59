package jp.kitakyushu.busters.web.company.proposals;

import java.text.Normalizer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.FormErrors;
import jp.kitakyushu.busters.web.ui.ConnectionPage;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
 * My organisations' proposals: the list in every state, and each proposal followed to its
 * result (decision and reason, the fund's allocation and payments per milestone, progress
 * reports with the company's figures and the official metrics), withdrawn before a
 * decision, reported on during the demonstration.
 */
@Controller
class MyProposalsController {

	static final int PAGE_SIZE = 20;

	private static final ConnectionPage LIST = new ConnectionPage("company/myProposals", "myProposals", "proposals",
			Listed.class, "/company/proposals", PAGE_SIZE);

	static final String REPORT = "reportForm";

	private final ApiClient api;

	private final OurProposals proposals;

	private final MessageSource messages;

	MyProposalsController(ApiClient api, OurProposals proposals, MessageSource messages) {
		this.api = api;
		this.proposals = proposals;
		this.messages = messages;
	}

	@GetMapping("/company/proposals")
	String list(@RequestParam(name = "page", required = false) @Nullable Integer page, Model model) {
		LIST.load(this.api, page, model);
		return "company/proposals/list";
	}

	@GetMapping("/company/proposals/{id}")
	String show(@PathVariable String id, Model model) {
		model.addAttribute(REPORT, ReportForm.blank());
		return detail(id, model);
	}

	@PostMapping("/company/proposals/{id}/withdraw")
	String withdraw(@PathVariable String id, @RequestParam(name = "reason", required = false) @Nullable String reason,
			Model model, RedirectAttributes redirect) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("proposalId", id);
		String why = (reason != null) ? reason.strip() : "";
		if (!why.isEmpty()) {
			input.put("reason", why);
		}
		ApiResult result = this.api.execute("company/proposalWithdraw", Map.of("input", input));
		if (result.has("proposalWithdraw.proposal")) {
			redirect.addFlashAttribute("flash", "company.flash.withdrawn");
			return "redirect:/company/proposals/" + id;
		}
		// Not ours (any more): the same "not found" as for any proposal not ours.
		boolean notOurs = result.userErrors("proposalWithdraw")
			.stream()
			.anyMatch((error) -> "proposalId".equals(error.fieldName())
					&& ("NOT_FOUND".equals(error.code()) || "NOT_ALLOWED".equals(error.code())));
		if (notOurs) {
			throw OurProposals.notFound();
		}
		String code = result.userErrors("proposalWithdraw")
			.stream()
			.findFirst()
			.map(ApiResult.UserError::code)
			.orElse("UNAVAILABLE");
		String[] keys = { "company.proposal.withdraw.error." + code, "userError." + code };
		model.addAttribute("withdrawError", this.messages
			.getMessage(new DefaultMessageSourceResolvable(keys, null, null), LocaleContextHolder.getLocale()));
		model.addAttribute("withdrawReason", why);
		model.addAttribute(REPORT, ReportForm.blank());
		return detail(id, model);
	}

	@PostMapping("/company/proposals/{id}/reports")
	String report(@PathVariable String id, @ModelAttribute(REPORT) ReportForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("proposalId", id);
		String text = (form.text() != null) ? form.text().strip() : "";
		if (text.isEmpty()) {
			FormErrors.reject(binding, "text", "REQUIRED");
		}
		input.put("text", text);
		whole(form.staffHoursSavedPerYear(), "staffHoursSavedPerYear", binding)
			.ifPresent((value) -> input.put("staffHoursSavedPerYear", value));
		whole(form.citizensReached(), "citizensReached", binding)
			.ifPresent((value) -> input.put("citizensReached", value));
		points(form.satisfactionChangePoints(), binding)
			.ifPresent((value) -> input.put("satisfactionChangePoints", value));
		if (binding.hasErrors()) {
			return detail(id, model);
		}
		ApiResult result = this.api.execute("company/outcomeReport", Map.of("input", input));
		if (FormErrors.addUserErrors(result, "outcomeReport", binding, Map.of("proposalId", ""))
				|| !result.has("outcomeReport.report")) {
			if (!binding.hasErrors()) {
				binding.reject("userError.UNAVAILABLE");
			}
			return detail(id, model);
		}
		redirect.addFlashAttribute("flash", "company.flash.reported");
		return "redirect:/company/proposals/" + id + "#reports";
	}

	private String detail(String id, Model model) {
		Optional<ProposalView> proposal = this.proposals.load(id);
		model.addAttribute("available", proposal.isPresent());
		proposal.ifPresent((view) -> model.addAttribute("proposal", view));
		return "company/proposals/detail";
	}

	private static Optional<Integer> whole(@Nullable String typed, String field, BindingResult binding) {
		String text = normalized(typed).replace(",", "");
		if (text.isEmpty()) {
			return Optional.empty();
		}
		if (!text.matches("-?\\d{1,9}")) {
			FormErrors.reject(binding, field, "INVALID");
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(text));
	}

	private static Optional<Double> points(@Nullable String typed, BindingResult binding) {
		String text = normalized(typed);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		if (!text.matches("[-+]?\\d{1,3}(\\.\\d{1,2})?")) {
			FormErrors.reject(binding, "satisfactionChangePoints", "INVALID");
			return Optional.empty();
		}
		return Optional.of(Double.parseDouble(text));
	}

	private static String normalized(@Nullable String typed) {
		return (typed != null) ? Normalizer.normalize(typed, Normalizer.Form.NFKC).strip() : "";
	}

	/**
	 * A proposal in the list.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 * @param requestedAmount the yen requested
	 * @param decisionReason why it was declined or withdrawn
	 * @param submittedAt when it was submitted
	 * @param decidedAt when it was decided
	 * @param updatedAt when it last changed
	 * @param company the proposing organisation
	 * @param theme the theme it answers
	 */
	record Listed(String id, String title, String status, @Nullable Long requestedAmount,
			@Nullable String decisionReason, @Nullable Instant submittedAt, @Nullable Instant decidedAt,
			@Nullable Instant updatedAt, Named company, ListedTheme theme) {
	}

	/**
	 * Something with a name.
	 *
	 * @param id its global id
	 * @param name its name
	 */
	record Named(String id, String name) {
	}

	/**
	 * The theme of a listed proposal.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 * @param closesAt its deadline
	 * @param acceptingProposals whether it takes proposals now
	 */
	record ListedTheme(String id, String title, String status, @Nullable Instant closesAt, boolean acceptingProposals) {
	}

}
