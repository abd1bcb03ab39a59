package jp.kitakyushu.busters.web.staff.evaluation;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * A theme's proposals ranked by their evaluation score (those not scored yet, or hidden
 * from a reviewer who has not scored, by how well they fit the theme), with the match
 * score, the reviewers' spread and how many have scored.
 */
@Controller
class ThemeProposalsController {

	private final ApiClient api;

	ThemeProposalsController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/staff/themes/{id}/proposals")
	String proposals(@PathVariable String id, Model model) {
		ApiResult result = this.api.execute("staff/themeProposals", Map.of("id", id));
		model.addAttribute("available", result.available());
		if (!result.available()) {
			return "staff/evaluation/ranking";
		}
		ThemeRef theme = result.field("node", ThemeRef.class)
			.filter((node) -> "Theme".equals(node.__typename()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<String, Double> fit = new HashMap<>();
		for (Fit match : result.list("matchProposals", Fit.class)) {
			if (match.node().id() != null) {
				fit.put(match.node().id(), match.score());
			}
		}
		List<Ranked> ranked = result.list("node.proposals.nodes", Listed.class)
			.stream()
			.map((proposal) -> new Ranked(proposal, fit.get(proposal.id())))
			.sorted(Comparator.comparing(Ranked::score, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(Ranked::fit, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
		model.addAttribute("theme", theme);
		model.addAttribute("ranked", ranked);
		return "staff/evaluation/ranking";
	}

	/**
	 * The theme.
	 *
	 * @param __typename the node's type
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 * @param closesAt its deadline
	 */
	record ThemeRef(String __typename, String id, String title, String status, @Nullable Instant closesAt) {
	}

	/**
	 * A proposal as the ranking shows it.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 * @param submittedAt when it was submitted
	 * @param requestedAmount what it asks of the fund
	 * @param company who proposes
	 * @param review where its evaluation stands for me
	 */
	record Listed(String id, String title, String status, @Nullable Instant submittedAt, @Nullable Long requestedAmount,
			@Nullable CompanyRef company, @Nullable Review review) {
	}

	/**
	 * A proposal with its rank's figures.
	 *
	 * @param proposal the proposal
	 * @param fit how well it matches the theme, if the index scored it
	 */
	record Ranked(Listed proposal, @Nullable Double fit) {

		/** The mean weighted score, when one is visible. */
		public @Nullable Double score() {
			return (this.proposal.review() != null) ? this.proposal.review().score() : null;
		}

	}

	/**
	 * Where an evaluation stands.
	 *
	 * @param score the mean weighted score, null while blind
	 * @param spread highest minus lowest, null while blind
	 * @param evaluationCount how many reviewers scored
	 * @param blind whether the others' scores are hidden from me
	 * @param myEvaluation mine, if I scored
	 */
	record Review(@Nullable Double score, @Nullable Double spread, int evaluationCount, boolean blind,
			@Nullable Mine myEvaluation) {
	}

	/**
	 * My own evaluation.
	 *
	 * @param id its global id
	 */
	record Mine(String id) {
	}

	/**
	 * The proposing company.
	 *
	 * @param id its global id
	 * @param name its name
	 */
	record CompanyRef(String id, String name) {
	}

	/**
	 * How well a proposal fits the theme.
	 *
	 * @param score the match score
	 * @param node the proposal
	 */
	record Fit(double score, FitNode node) {
	}

	/**
	 * A matched proposal.
	 *
	 * @param id its global id
	 */
	record FitNode(@Nullable String id) {
	}

}
