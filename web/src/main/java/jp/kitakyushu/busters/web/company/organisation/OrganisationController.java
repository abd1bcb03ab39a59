package jp.kitakyushu.busters.web.company.organisation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.kitakyushu.busters.web.company.MyCompanies;
import jp.kitakyushu.busters.web.company.MyCompanies.Company;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The company home (my organisations, my latest proposals, unread notifications), an
 * organisation's page with its state, and its profile form.
 */
@Controller
class OrganisationController {

	static final String FORM = "profileForm";

	private final ApiClient api;

	private final MyCompanies companies;

	OrganisationController(ApiClient api, MyCompanies companies) {
		this.api = api;
		this.companies = companies;
	}

	@GetMapping("/company")
	String home(Model model) {
		ApiResult result = this.api.execute("company/dashboard");
		model.addAttribute("available", result.has("myCompanies"));
		model.addAttribute("companies", result.list("myCompanies.nodes", Summary.class));
		model.addAttribute("proposals", result.list("myProposals.nodes", RecentProposal.class));
		model.addAttribute("proposalCount", result.field("myProposals.totalCount", Long.class).orElse(0L));
		model.addAttribute("unread", result.field("myNotifications.totalCount", Long.class).orElse(0L));
		return "company/organisation/home";
	}

	@GetMapping("/company/organisations/{id}")
	String show(@PathVariable String id, Model model) {
		MyCompanies.Loaded loaded = this.companies.load();
		model.addAttribute("available", loaded.available());
		if (loaded.available()) {
			model.addAttribute("company", loaded.require(id));
		}
		return "company/organisation/show";
	}

	@GetMapping("/company/organisations/{id}/edit")
	String edit(@PathVariable String id, Model model) {
		model.addAttribute("companyId", id);
		MyCompanies.Loaded loaded = this.companies.load();
		model.addAttribute("available", loaded.available());
		if (loaded.available()) {
			Company company = loaded.require(id);
			model.addAttribute("company", company);
			model.addAttribute(FORM, ProfileForm.of(company));
		}
		return "company/organisation/edit";
	}

	@PostMapping("/company/organisations/{id}/edit")
	String update(@PathVariable String id, @ModelAttribute(FORM) ProfileForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("companyId", id);
		MyCompanies.Loaded loaded = this.companies.load();
		model.addAttribute("available", loaded.available());
		if (!loaded.available()) {
			return "company/organisation/edit";
		}
		// Someone who left meanwhile keeps their input and reads why nothing was saved.
		Company company = loaded.find(id).orElse(null);
		if (company == null) {
			binding.reject("company.error.notMember");
			return "company/organisation/edit";
		}
		model.addAttribute("company", company);
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("companyId", id);
		if (company.pending()) {
			input.put("name", ProfileForm.text(form.name()));
		}
		input.put("description", ProfileForm.text(form.description()));
		input.put("capabilities", ProfileForm.text(form.capabilities()));
		input.put("tags", form.tagList());
		ApiResult result = this.api.execute("company/companyUpdate", Map.of("input", input));
		if (FormErrors.addUserErrors(result, "companyUpdate", binding, Map.of("companyId", ""))) {
			return "company/organisation/edit";
		}
		if (!result.has("companyUpdate.company")) {
			binding.reject("userError.UNAVAILABLE");
			return "company/organisation/edit";
		}
		redirect.addFlashAttribute("flash", "company.flash.profileSaved");
		return "redirect:/company/organisations/" + id;
	}

	/**
	 * An organisation on the company home.
	 *
	 * @param id its global id
	 * @param name its name
	 * @param status its state
	 * @param suspensionReason why it is suspended
	 * @param viewerManagesMembers whether I manage its members
	 */
	record Summary(String id, String name, String status, @Nullable String suspensionReason,
			boolean viewerManagesMembers) {
	}

	/**
	 * One of my latest proposals.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 * @param submittedAt when it was submitted
	 * @param decidedAt when it was decided
	 * @param theme the theme it answers
	 */
	record RecentProposal(String id, String title, String status, @Nullable Instant submittedAt,
			@Nullable Instant decidedAt, ThemeRef theme) {
	}

	/**
	 * A theme.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param closesAt its deadline
	 * @param status its state
	 */
	record ThemeRef(String id, String title, @Nullable Instant closesAt, String status) {
	}

}
