package jp.kitakyushu.busters.web.company.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jp.kitakyushu.busters.web.company.MyCompanies;
import jp.kitakyushu.busters.web.company.MyCompanies.Company;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.system.ApiResult.UserError;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * An organisation's members: who they are and what each may do, an invitation code (and
 * link) for a colleague, removing a member, handing over the management of members, and
 * leaving. Every action is a small form of its own, so all work without JavaScript.
 */
@Controller
class MembersController {

	private final ApiClient api;

	private final MyCompanies companies;

	private final MessageSource messages;

	MembersController(ApiClient api, MyCompanies companies, MessageSource messages) {
		this.api = api;
		this.companies = companies;
		this.messages = messages;
	}

	@GetMapping("/company/organisations/{id}/members")
	String members(@PathVariable String id, @AuthenticationPrincipal OidcUser user, Model model) {
		MyCompanies.Loaded loaded = this.companies.load();
		model.addAttribute("available", loaded.available());
		if (loaded.available()) {
			Company company = loaded.require(id);
			model.addAttribute("company", company);
			model.addAttribute("me", user.getSubject());
		}
		return "company/organisation/members";
	}

	@PostMapping("/company/organisations/{id}/members/invite")
	String invite(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
		ApiResult result = this.api.execute("company/companyInviteMember", Map.of("input", Map.of("companyId", id)));
		Optional<Invitation> invitation = result.field("companyInviteMember.invitation", Invitation.class);
		if (invitation.isEmpty()) {
			return back(id, result, "companyInviteMember", redirect);
		}
		String link = ServletUriComponentsBuilder.fromContextPath(request)
			.path("/company/join")
			.queryParam("code", invitation.get().code())
			.build()
			.toUriString();
		redirect.addFlashAttribute("invitation", invitation.get());
		redirect.addFlashAttribute("invitationLink", link);
		return "redirect:/company/organisations/" + id + "/members";
	}

	@PostMapping("/company/organisations/{id}/members/remove")
	String remove(@PathVariable String id, @RequestParam String subject, RedirectAttributes redirect) {
		ApiResult result = this.api.execute("company/companyRemoveMember",
				Map.of("input", Map.of("companyId", id, "subject", subject)));
		if (!result.has("companyRemoveMember.company")) {
			return back(id, result, "companyRemoveMember", redirect);
		}
		redirect.addFlashAttribute("flash", "company.flash.memberRemoved");
		return "redirect:/company/organisations/" + id + "/members";
	}

	@PostMapping("/company/organisations/{id}/members/transfer")
	String transfer(@PathVariable String id, @RequestParam String subject, RedirectAttributes redirect) {
		ApiResult result = this.api.execute("company/companyTransferManagement",
				Map.of("input", Map.of("companyId", id, "subject", subject)));
		if (!result.has("companyTransferManagement.company")) {
			return back(id, result, "companyTransferManagement", redirect);
		}
		redirect.addFlashAttribute("flash", "company.flash.managementHandedOver");
		return "redirect:/company/organisations/" + id + "/members";
	}

	@PostMapping("/company/organisations/{id}/members/leave")
	String leave(@PathVariable String id, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
		ApiResult result = this.api.execute("company/companyRemoveMember",
				Map.of("input", Map.of("companyId", id, "subject", user.getSubject())));
		if (!result.has("companyRemoveMember.company")) {
			return back(id, result, "companyRemoveMember", redirect);
		}
		redirect.addFlashAttribute("flash", "company.flash.left");
		return "redirect:/company";
	}

	/**
	 * Back to the members page with what went wrong, in the page's words for the api's
	 * code.
	 */
	private String back(String id, ApiResult result, String mutation, RedirectAttributes redirect) {
		List<UserError> errors = result.userErrors(mutation);
		String code = errors.isEmpty() ? "UNAVAILABLE" : errors.get(0).code();
		String[] keys = { "company.members.error." + mutation + "." + code, "userError." + code };
		redirect.addFlashAttribute("memberError", this.messages
			.getMessage(new DefaultMessageSourceResolvable(keys, null, null), LocaleContextHolder.getLocale()));
		return "redirect:/company/organisations/" + id + "/members";
	}

	/**
	 * A fresh invitation code.
	 *
	 * @param code the code to pass on
	 * @param expiresAt when it stops working
	 */
	record Invitation(String code, Instant expiresAt) {
	}

}
