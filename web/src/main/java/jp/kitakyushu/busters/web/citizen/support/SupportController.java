package jp.kitakyushu.busters.web.citizen.support;

import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.system.ApiResult.UserError;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Me too": a citizen supports a public problem or takes their support back, from the
 * problem's page, and comes back to it with a message (POST-redirect-GET). A visitor who
 * follows the link first signs in, then confirms on a page of its own.
 */
@Controller
class SupportController {

	private final ApiClient api;

	SupportController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/my/problems/{id}/support")
	String confirm(@PathVariable String id, Model model) {
		ApiResult result = this.api.execute("citizen/supportTarget", Map.of("id", id));
		Target target = result.field("node", Target.class)
			.filter((node) -> "Problem".equals(node.__typename()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("target", target);
		return "citizen/support/confirm";
	}

	@PostMapping("/my/problems/{id}/support")
	String support(@PathVariable String id, RedirectAttributes redirect) {
		return change("citizen/problemSupport", "problemSupport", id, "support.flash.added", redirect);
	}

	@PostMapping("/my/problems/{id}/withdraw")
	String withdraw(@PathVariable String id, RedirectAttributes redirect) {
		return change("citizen/problemWithdrawSupport", "problemWithdrawSupport", id, "support.flash.withdrawn",
				redirect);
	}

	private String change(String document, String mutation, String id, String success, RedirectAttributes redirect) {
		ApiResult result = this.api.execute(document, Map.of("id", id));
		List<UserError> errors = result.userErrors(mutation);
		if (!errors.isEmpty()) {
			redirect.addFlashAttribute("flashError", "support.error." + errors.get(0).code());
		}
		else if (!result.has(mutation + ".problem")) {
			redirect.addFlashAttribute("flashError", "userError.UNAVAILABLE");
		}
		else {
			redirect.addFlashAttribute("flash", success);
		}
		return "redirect:/problems/" + id + "#support";
	}

	/**
	 * The problem to support.
	 *
	 * @param __typename the node's type
	 * @param id its global id
	 * @param title its public title
	 * @param status its status
	 * @param supporterCount its supporters
	 * @param supportedByMe whether the citizen already supports it
	 * @param submittedByMe whether the citizen posted it
	 */
	record Target(String __typename, String id, String title, String status, int supporterCount, boolean supportedByMe,
			boolean submittedByMe) {
	}

}
