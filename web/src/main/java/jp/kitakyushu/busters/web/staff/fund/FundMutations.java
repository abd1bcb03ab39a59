package jp.kitakyushu.busters.web.staff.fund;

import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.staff.StaffActions;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.FormErrors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The confirmed step of every fund action: the mutation, its user errors next to the
 * form's fields on the fund page (input kept), or back to the fund with a message.
 */
@Component
class FundMutations {

	private final ApiClient api;

	private final FundPage page;

	FundMutations(ApiClient api, FundPage page) {
		this.api = api;
		this.page = page;
	}

	String run(String mutation, Map<String, Object> input, BindingResult binding, Map<String, String> fieldNames,
			String flash, Model model, RedirectAttributes redirect) {
		ApiResult result = this.api.execute("staff/" + mutation, Map.of("input", input));
		if (FormErrors.addUserErrors(result, mutation, binding, fieldNames)) {
			return again(model);
		}
		Optional<String> error = StaffActions.error(result, mutation);
		if (error.isPresent()) {
			binding.reject(error.get());
			return again(model);
		}
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/staff/fund";
	}

	/** The fund page with the form's errors, loading the fund only if not yet loaded. */
	private String again(Model model) {
		if (!model.containsAttribute("fund")) {
			this.page.load(model, null);
		}
		return FundPage.VIEW;
	}

}
