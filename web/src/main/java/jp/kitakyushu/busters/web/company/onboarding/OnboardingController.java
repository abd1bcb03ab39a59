package jp.kitakyushu.busters.web.company.onboarding;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.system.FormDrafts;
import jp.kitakyushu.busters.web.ui.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The way in for companies, open to every signed-in citizen: register an organisation
 * (法人番号 checked here and by the api), or join one with a colleague's invitation code;
 * then sign in again once so the new {@code company} role applies.
 */
@Controller
class OnboardingController {

	static final String REGISTRATION = "registrationForm";

	static final String JOIN = "joinForm";

	private final ApiClient api;

	private final FormDrafts drafts;

	OnboardingController(ApiClient api, FormDrafts drafts) {
		this.api = api;
		this.drafts = drafts;
	}

	@GetMapping("/company/start")
	String start(@Nullable Authentication authentication, Model model) {
		model.addAttribute("companyUser", RoleRefresh.hasCompanyRole(authentication));
		return "company/onboarding/start";
	}

	@GetMapping("/company/register")
	String registrationForm(HttpServletRequest request, Model model) {
		Optional<RegistrationForm> kept = this.drafts.take(request, RegistrationForm.class);
		kept.ifPresent((form) -> model.addAttribute("restored", true));
		model.addAttribute(REGISTRATION, kept.map(RegistrationForm::withKey).orElseGet(RegistrationForm::blank));
		return "company/onboarding/register";
	}

	@PostMapping("/company/register")
	String register(@ModelAttribute(REGISTRATION) RegistrationForm form, BindingResult binding, HttpSession session) {
		String number = CorporateNumbers.normalize(RegistrationForm.text(form.corporateNumber()));
		if (number.isEmpty()) {
			FormErrors.reject(binding, "corporateNumber", "REQUIRED");
		}
		else {
			CorporateNumbers.problem(number)
				.ifPresent((problem) -> binding.rejectValue("corporateNumber", "company.corporateNumber." + problem));
		}
		if (binding.hasErrors()) {
			return "company/onboarding/register";
		}
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("name", RegistrationForm.text(form.name()));
		input.put("corporateNumber", number);
		input.put("description", RegistrationForm.text(form.description()));
		input.put("capabilities", RegistrationForm.text(form.capabilities()));
		input.put("tags", RegistrationForm.tagList(form.tags()));
		input.put("idempotencyKey", RegistrationForm.text(form.idempotencyKey()));
		ApiResult result = this.api.execute("company/companyRegister", Map.of("input", input));
		if (FormErrors.addUserErrors(result, "companyRegister", binding, Map.of())) {
			return "company/onboarding/register";
		}
		Optional<String> id = result.field("companyRegister.company.id", String.class);
		if (id.isEmpty()) {
			binding.reject("userError." + result.errorCode().filter("RATE_LIMITED"::equals).orElse("UNAVAILABLE"));
			return "company/onboarding/register";
		}
		RoleRefresh.membershipChanged(session, "company.flash.registered", id.get());
		return "redirect:/company/welcome";
	}

	@GetMapping("/company/join")
	String joinForm(@RequestParam(name = "code", required = false) @Nullable String code, HttpServletRequest request,
			Model model) {
		Optional<JoinForm> kept = this.drafts.take(request, JoinForm.class);
		model.addAttribute(JOIN, kept.orElseGet(() -> new JoinForm((code != null) ? code.strip() : "")));
		return "company/onboarding/join";
	}

	@PostMapping("/company/join")
	String join(@ModelAttribute(JOIN) JoinForm form, BindingResult binding, HttpSession session) {
		String code = RegistrationForm.text(form.code());
		if (code.isEmpty()) {
			FormErrors.reject(binding, "code", "REQUIRED");
			return "company/onboarding/join";
		}
		ApiResult result = this.api.execute("company/companyJoin", Map.of("input", Map.of("code", code)));
		if (FormErrors.addUserErrors(result, "companyJoin", binding, Map.of())) {
			return "company/onboarding/join";
		}
		Optional<String> id = result.field("companyJoin.company.id", String.class);
		if (id.isEmpty()) {
			binding.reject("userError.UNAVAILABLE");
			return "company/onboarding/join";
		}
		RoleRefresh.membershipChanged(session, "company.flash.joined", id.get());
		return "redirect:/company/welcome";
	}

	/**
	 * Where a membership change lands: signs the person in again once for the new role,
	 * then shows the organisation; if the role has not arrived, says so.
	 */
	@GetMapping("/company/welcome")
	@Nullable String welcome(@Nullable Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		HttpSession session = request.getSession();
		RoleRefresh.Pending pending = RoleRefresh.pending(session);
		if (pending == null) {
			return RoleRefresh.hasCompanyRole(authentication) ? "redirect:/company" : "redirect:/company/start";
		}
		if (RoleRefresh.hasCompanyRole(authentication)) {
			RoleRefresh.done(session);
			redirect.addFlashAttribute("flash", pending.messageKey());
			return "redirect:/company/organisations/" + pending.companyId();
		}
		if (RoleRefresh.signInAgain(request, response, pending)) {
			return null;
		}
		return "company/onboarding/waiting";
	}

	/** Tries the sign-in once more, e.g. after waiting for Keycloak. */
	@PostMapping("/company/welcome")
	String tryAgain(HttpSession session) {
		RoleRefresh.Pending pending = RoleRefresh.pending(session);
		if (pending != null) {
			RoleRefresh.membershipChanged(session, pending.messageKey(), pending.companyId());
		}
		return "redirect:/company/welcome";
	}

}
