package jp.kitakyushu.busters.web.staff.fund;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.staff.StaffInput;
import jp.kitakyushu.busters.web.staff.fund.FundForms.ContributionForm;
import jp.kitakyushu.busters.web.staff.fund.FundForms.ReversalForm;
import jp.kitakyushu.busters.web.ui.FormErrors;
import jp.kitakyushu.busters.web.ui.Formats;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fund page, and recording a contribution or a reversal: the first post checks what
 * the page can and shows the confirm step with the amount in yen; the second, confirmed,
 * writes the entry (allocations and disbursements: {@link AllocationController}).
 */
@Controller
class StaffFundController {

	static final int MAX_DONOR = 200;

	static final int MAX_REASON = 1000;

	private final FundPage page;

	private final FundMutations mutations;

	private final Formats formats;

	private final MessageSource messages;

	StaffFundController(FundPage page, FundMutations mutations, Formats formats, MessageSource messages) {
		this.page = page;
		this.mutations = mutations;
		this.formats = formats;
		this.messages = messages;
	}

	@GetMapping("/staff/fund")
	String fund(@RequestParam(name = "proposal", required = false) @Nullable String proposal, Model model) {
		this.page.load(model, proposal);
		return FundPage.VIEW;
	}

	@PostMapping("/staff/fund/contribute")
	String contribute(@ModelAttribute("contributionForm") ContributionForm form, BindingResult binding,
			@RequestParam(name = "confirmed", required = false) @Nullable String confirmed, Model model,
			RedirectAttributes redirect) {
		String donor = StaffInput.text(form.donor());
		if (donor.isEmpty()) {
			FormErrors.reject(binding, "donor", "REQUIRED");
		}
		else if (donor.codePointCount(0, donor.length()) > MAX_DONOR) {
			FormErrors.reject(binding, "donor", "TOO_LONG");
		}
		Optional<Long> amount = Amounts.positive(form.amount(), binding, "amount");
		Optional<LocalDate> day = StaffInput.blank(form.receivedAt()) ? Optional.empty()
				: StaffInput.day(form.receivedAt());
		if (!StaffInput.blank(form.receivedAt()) && day.isEmpty()) {
			FormErrors.reject(binding, "receivedAt", "DAY");
		}
		if (binding.hasErrors()) {
			this.page.load(model, null);
			return FundPage.VIEW;
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("donor", donor);
		input.put("amount", amount.orElseThrow());
		input.put("anonymous", form.anonymous());
		// Money received on a day counts from the start of it; "today" is now.
		day.ifPresent((received) -> input.put("receivedAt", earlierOf(StaffInput.startOf(received)).toString()));
		if (!StaffInput.blank(form.note())) {
			input.put("note", StaffInput.text(form.note()));
		}
		if (!"true".equals(confirmed)) {
			List<Confirmation.Fact> facts = new ArrayList<>(
					List.of(new Confirmation.Fact(label("staff.fund.donor"), donor),
							new Confirmation.Fact(label("staff.fund.anonymous"),
									label(form.anonymous() ? "staff.fund.anonymous.yes" : "staff.fund.anonymous.no"))));
			day.ifPresent((received) -> facts.add(new Confirmation.Fact(label("staff.fund.receivedAt"),
					this.formats.date(StaffInput.startOf(received)))));
			return confirm(model,
					new Confirmation("contribute", this.formats.yen(amount.get()), facts,
							Map.of("donor", donor, "amount", Long.toString(amount.get()), "anonymous",
									Boolean.toString(form.anonymous()), "receivedAt",
									StaffInput.text(form.receivedAt()), "note", StaffInput.text(form.note()))));
		}
		return this.mutations.run("fundContribute", input, binding, Map.of(), "staff.fund.flash.contributed", model,
				redirect);
	}

	@PostMapping("/staff/fund/reverse")
	String reverse(@ModelAttribute("reversalForm") ReversalForm form, BindingResult binding,
			@RequestParam(name = "confirmed", required = false) @Nullable String confirmed, Model model,
			RedirectAttributes redirect) {
		String reason = StaffInput.text(form.reason());
		if (reason.isEmpty()) {
			FormErrors.reject(binding, "reason", "REQUIRED");
		}
		else if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
			FormErrors.reject(binding, "reason", "TOO_LONG");
		}
		Optional<FundPage.Loaded> loaded = this.page.load(model, null);
		Optional<FundView.Entry> entry = loaded.flatMap((fund) -> fund.entry(StaffInput.text(form.entryId())));
		if (loaded.isPresent() && entry.isEmpty()) {
			FormErrors.reject(binding, "entryId", "REQUIRED");
		}
		if (binding.hasErrors() || entry.isEmpty()) {
			return FundPage.VIEW;
		}
		Map<String, Object> input = Map.of("entryId", entry.get().id(), "reason", reason);
		if (!"true".equals(confirmed)) {
			return confirm(model,
					new Confirmation(
							"reverse", this.formats.yen(entry.get().amount()), List.of(
									new Confirmation.Fact(label("staff.fund.entry"),
											label("staff.fund.kind." + entry.get().kind()) + " "
													+ this.formats.dateTime(entry.get().at())),
									new Confirmation.Fact(label("staff.fund.reason"), reason)),
							Map.of("entryId", entry.get().id(), "reason", reason)));
		}
		return this.mutations.run("fundReverse", input, binding, Map.of(), "staff.fund.flash.reversed", model,
				redirect);
	}

	private static Instant earlierOf(Instant day) {
		Instant now = Instant.now();
		return day.isAfter(now) ? now : day;
	}

	private String confirm(Model model, Confirmation confirmation) {
		model.addAttribute("confirmation", confirmation);
		return Confirmation.VIEW;
	}

	private String label(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
