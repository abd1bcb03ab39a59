package jp.kitakyushu.busters.web.staff.fund;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.staff.StaffInput;
import jp.kitakyushu.busters.web.staff.fund.FundForms.AllocationForm;
import jp.kitakyushu.busters.web.staff.fund.FundForms.DisbursementForm;
import jp.kitakyushu.busters.web.ui.FormErrors;
import jp.kitakyushu.busters.web.ui.Formats;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Allocating money to a selected proposal and paying out a milestone, each behind a
 * confirm step. The page refuses at once what it can see is too much (more than the fund
 * can allocate or the proposal still asks; more than is left of the allocation); the api,
 * which keeps these limits under concurrency, has the last word.
 */
@Controller
class AllocationController {

	private final FundPage page;

	private final FundMutations mutations;

	private final Formats formats;

	private final MessageSource messages;

	AllocationController(FundPage page, FundMutations mutations, Formats formats, MessageSource messages) {
		this.page = page;
		this.mutations = mutations;
		this.formats = formats;
		this.messages = messages;
	}

	@PostMapping("/staff/fund/allocate")
	String allocate(@ModelAttribute("allocationForm") AllocationForm form, BindingResult binding,
			@RequestParam(name = "confirmed", required = false) @Nullable String confirmed, Model model,
			RedirectAttributes redirect) {
		Optional<FundPage.Loaded> loaded = this.page.load(model, null);
		Optional<FundView.ProposalRef> proposal = loaded
			.flatMap((fund) -> fund.payable(StaffInput.text(form.proposalId())));
		if (loaded.isPresent() && proposal.isEmpty()) {
			FormErrors.reject(binding, "proposalId", "REQUIRED");
		}
		Optional<Long> amount = Amounts.positive(form.amount(), binding, "amount");
		if (loaded.isPresent() && proposal.isPresent() && amount.isPresent()) {
			FundView.Allocation current = loaded.get().allocations().get(proposal.get().id());
			long requested = (proposal.get().requestedAmount() != null) ? proposal.get().requestedAmount() : 0;
			long open = requested - ((current != null) ? current.amount() : 0);
			if (amount.get() > loaded.get().fund().available()) {
				binding.rejectValue("amount", "userError.OVER_BALANCE",
						new Object[] { this.formats.yen(loaded.get().fund().available()) }, null);
			}
			else if (amount.get() > open) {
				binding.rejectValue("amount", "userError.OVER_REQUEST", new Object[] { this.formats.yen(open) }, null);
			}
		}
		if (binding.hasErrors() || loaded.isEmpty()) {
			return FundPage.VIEW;
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("proposalId", proposal.get().id());
		input.put("amount", amount.get());
		if (!StaffInput.blank(form.note())) {
			input.put("note", StaffInput.text(form.note()));
		}
		if (!"true".equals(confirmed)) {
			model.addAttribute("confirmation",
					new Confirmation("allocate", this.formats.yen(amount.get()),
							List.of(new Confirmation.Fact(label("staff.fund.proposal"), proposal.get().title()),
									new Confirmation.Fact(label("staff.fund.availableAfter"),
											this.formats.yen(loaded.get().fund().available() - amount.get()))),
							Map.of("proposalId", proposal.get().id(), "amount", Long.toString(amount.get()), "note",
									StaffInput.text(form.note()))));
			return Confirmation.VIEW;
		}
		return this.mutations.run("fundAllocate", input, binding, Map.of(), "staff.fund.flash.allocated", model,
				redirect);
	}

	@PostMapping("/staff/fund/disburse")
	String disburse(@ModelAttribute("disbursementForm") DisbursementForm form, BindingResult binding,
			@RequestParam(name = "confirmed", required = false) @Nullable String confirmed, Model model,
			RedirectAttributes redirect) {
		Optional<FundPage.Loaded> loaded = this.page.load(model, null);
		Optional<FundView.Allocation> allocation = loaded
			.map((fund) -> fund.allocations().get(StaffInput.text(form.proposalId())));
		if (loaded.isPresent() && allocation.isEmpty()) {
			FormErrors.reject(binding, "proposalId", "REQUIRED");
		}
		String milestone = StaffInput.text(form.milestone());
		if (milestone.isEmpty()) {
			FormErrors.reject(binding, "milestone", "REQUIRED");
		}
		Optional<Long> amount = Amounts.positive(form.amount(), binding, "amount");
		if (allocation.isPresent() && amount.isPresent() && amount.get() > allocation.get().remaining()) {
			binding.rejectValue("amount", "userError.OVER_ALLOCATION",
					new Object[] { this.formats.yen(allocation.get().remaining()) }, null);
		}
		if (binding.hasErrors() || allocation.isEmpty() || allocation.get().proposal() == null) {
			return FundPage.VIEW;
		}
		FundView.ProposalRef proposal = allocation.get().proposal();
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("proposalId", proposal.id());
		input.put("amount", amount.get());
		input.put("milestone", milestone);
		if (!StaffInput.blank(form.note())) {
			input.put("note", StaffInput.text(form.note()));
		}
		if (!"true".equals(confirmed)) {
			model.addAttribute("confirmation",
					new Confirmation("disburse", this.formats.yen(amount.get()),
							List.of(new Confirmation.Fact(label("staff.fund.proposal"), proposal.title()),
									new Confirmation.Fact(label("staff.fund.milestone"), milestone),
									new Confirmation.Fact(label("staff.fund.remainingAfter"),
											this.formats.yen(allocation.get().remaining() - amount.get()))),
							Map.of("proposalId", proposal.id(), "milestone", milestone, "amount",
									Long.toString(amount.get()), "note", StaffInput.text(form.note()))));
			return Confirmation.VIEW;
		}
		return this.mutations.run("fundDisburse", input, binding, Map.of(), "staff.fund.flash.disbursed", model,
				redirect);
	}

	private String label(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
