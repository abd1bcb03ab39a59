package jp.kitakyushu.busters.web.staff.evaluation;

import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * Loads one proposal with its evaluation in one request and fills the page's forms,
 * unless the request brought them typed.
 */
@Component
class ProposalPage {

	static final String VIEW = "staff/evaluation/proposal";

	static final String SCORE_FORM = "scoreForm";

	static final String DECLINE_FORM = "declineForm";

	private final ApiClient api;

	ProposalPage(ApiClient api) {
		this.api = api;
	}

	Optional<ProposalView> load(String id, Model model) {
		ApiResult result = this.api.execute("staff/proposal", Map.of("id", id));
		model.addAttribute("available", result.available());
		if (!result.available()) {
			return Optional.empty();
		}
		ProposalView proposal = result.field("node", ProposalView.class)
			.filter((node) -> "Proposal".equals(node.__typename()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("proposal", proposal);
		if (!model.containsAttribute(SCORE_FORM)) {
			model.addAttribute(SCORE_FORM, ScoreForm.of(proposal));
		}
		if (!model.containsAttribute(DECLINE_FORM)) {
			model.addAttribute(DECLINE_FORM, new DeclineForm(""));
		}
		return Optional.of(proposal);
	}

	/**
	 * Why a proposal is declined.
	 *
	 * @param reason the reason the company reads
	 */
	public record DeclineForm(@org.jspecify.annotations.Nullable String reason) {
	}

}
