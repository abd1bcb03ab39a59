package jp.kitakyushu.busters.web.staff.companies;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.staff.StaffActions;
import jp.kitakyushu.busters.web.staff.StaffInput;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One company: what it says it can do, who belongs to it, its proposals, and verifying,
 * suspending (with a reason its members read) or reinstating it.
 */
@Controller
class CompanyController {

	static final String VIEW = "staff/companies/company";

	static final String SUSPEND_FORM = "suspendForm";

	static final int MAX_REASON = 1000;

	private final ApiClient api;

	CompanyController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/staff/companies/{id}")
	String show(@PathVariable String id, Model model) {
		return page(id, model);
	}

	@PostMapping("/staff/companies/{id}/{step:verify|reinstate}")
	String step(@PathVariable String id, @PathVariable String step, Model model, RedirectAttributes redirect) {
		String mutation = "verify".equals(step) ? "companyVerify" : "companyReinstate";
		return done(id, this.api.execute("staff/" + mutation, Map.of("id", id)), mutation,
				"staff.company.flash." + step, model, redirect);
	}

	@PostMapping("/staff/companies/{id}/suspend")
	String suspend(@PathVariable String id, @ModelAttribute(SUSPEND_FORM) SuspendForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String reason = StaffInput.text(form.reason());
		if (reason.isEmpty()) {
			FormErrors.reject(binding, "reason", "REQUIRED");
		}
		else if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
			FormErrors.reject(binding, "reason", "TOO_LONG");
		}
		if (binding.hasErrors()) {
			return page(id, model);
		}
		ApiResult result = this.api.execute("staff/companySuspend", Map.of("id", id, "reason", reason));
		if (FormErrors.addUserErrors(result, "companySuspend", binding, Map.of())) {
			return page(id, model);
		}
		return done(id, result, "companySuspend", "staff.company.flash.suspend", model, redirect);
	}

	private String done(String id, ApiResult result, String mutation, String flash, Model model,
			RedirectAttributes redirect) {
		Optional<String> error = StaffActions.error(result, mutation);
		if (error.isPresent()) {
			model.addAttribute("actionError", error.get());
			return page(id, model);
		}
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/staff/companies/" + id;
	}

	private String page(String id, Model model) {
		ApiResult result = this.api.execute("staff/company", Map.of("id", id));
		model.addAttribute("available", result.available());
		if (!model.containsAttribute(SUSPEND_FORM)) {
			model.addAttribute(SUSPEND_FORM, new SuspendForm(""));
		}
		if (!result.available()) {
			return VIEW;
		}
		Company company = result.field("node", Company.class)
			.filter((node) -> "Company".equals(node.__typename()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("company", company);
		model.addAttribute("proposals", result.list("proposals.nodes", ProposalRef.class));
		return VIEW;
	}

	/**
	 * Why a company is suspended.
	 *
	 * @param reason the reason its members read
	 */
	public record SuspendForm(@Nullable String reason) {
	}

	/**
	 * A company as staff read it.
	 *
	 * @param __typename the node's type
	 * @param id its global id
	 * @param name its name
	 * @param corporateNumber its 法人番号
	 * @param description what it does
	 * @param capabilities what it can do
	 * @param tags its keywords
	 * @param status its standing
	 * @param suspensionReason why it is suspended
	 * @param verifiedAt when verified
	 * @param createdAt when registered
	 * @param updatedAt when last changed
	 * @param members who belongs to it
	 */
	record Company(String __typename, String id, String name, String corporateNumber, String description,
			String capabilities, List<String> tags, String status, @Nullable String suspensionReason,
			@Nullable Instant verifiedAt, Instant createdAt, Instant updatedAt, @Nullable Members members) {

		/** The National Tax Agency's page for this corporate number, to check it. */
		public String registryUrl() {
			return "https://www.houjin-bangou.nta.go.jp/henkorireki-johoto.html?selHouzinNo=" + this.corporateNumber;
		}

	}

	/**
	 * The members.
	 *
	 * @param totalCount how many
	 * @param nodes who
	 */
	record Members(int totalCount, List<Member> nodes) {
	}

	/**
	 * A member.
	 *
	 * @param name their name
	 * @param manager whether they manage the members
	 * @param joinedAt when they joined
	 */
	record Member(@Nullable String name, boolean manager, Instant joinedAt) {
	}

	/**
	 * One of its proposals.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 * @param theme what it answers
	 */
	record ProposalRef(String id, String title, String status, ThemeRef theme) {
	}

	/**
	 * A theme.
	 *
	 * @param id its global id
	 * @param title its title
	 */
	record ThemeRef(String id, String title) {
	}

}
