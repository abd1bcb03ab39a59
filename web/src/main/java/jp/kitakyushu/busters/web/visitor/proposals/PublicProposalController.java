package jp.kitakyushu.busters.web.visitor.proposals;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A selected proposal as the public reads it: title and summary only, whoever asks (its
 * own company's members too, so what they see here is what everyone sees). Any other
 * proposal is "not found".
 */
@Controller
class PublicProposalController {

	static final Set<String> PUBLIC = Set.of("SELECTED", "IN_PROGRESS", "COMPLETED");

	private final ApiClient api;

	PublicProposalController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/proposals/{id}")
	String show(@PathVariable String id, Model model) {
		ApiResult result = this.api.execute("visitor/publicProposal", Map.of("id", id));
		if (!result.available()) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
		}
		PublicProposal proposal = result.field("node", PublicProposal.class)
			.filter((node) -> "Proposal".equals(node.__typename()) && PUBLIC.contains(node.status()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("proposal", proposal);
		return "visitor/proposals/detail";
	}

	/**
	 * What the public reads of a selected proposal.
	 *
	 * @param __typename the node's type
	 * @param id its global id
	 * @param status its state
	 * @param title its title
	 * @param summary its summary
	 * @param decidedAt when it was selected
	 * @param theme the theme it answers
	 */
	record PublicProposal(String __typename, String id, String status, String title, String summary,
			@Nullable Instant decidedAt, Theme theme) {
	}

	/**
	 * The theme a proposal answers.
	 *
	 * @param id its global id
	 * @param title its title
	 */
	record Theme(String id, String title) {
	}

}
