package jp.kitakyushu.busters.api.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.evaluation.EvaluationInputs.EvaluationSubmitInput;
import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.Mutations;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code evaluationSubmit}, {@code Proposal.review} and the fields of {@code Evaluation}.
 */
@Controller
class EvaluationController {

	private final EvaluationService evaluations;

	private final EvaluationQueries queries;

	private final ProposalQueries proposals;

	EvaluationController(EvaluationService evaluations, EvaluationQueries queries, ProposalQueries proposals) {
		this.evaluations = evaluations;
		this.queries = queries;
		this.proposals = proposals;
	}

	@MutationMapping
	EvaluationPayload evaluationSubmit(@Argument EvaluationSubmitInput input) {
		return Mutations.run(() -> this.evaluations.submit(input), EvaluationPayload::new);
	}

	@BatchMapping(typeName = "Proposal")
	Map<Proposal, @Nullable ProposalReview> review(List<Proposal> proposals) {
		Map<Proposal, @Nullable ProposalReview> result = new LinkedHashMap<>();
		boolean staff = Viewer.current().map((viewer) -> viewer.has(Role.STAFF)).orElse(false);
		// Every proposal staff can reach was submitted, so staff may read all of them.
		Map<String, ProposalReview> reviews = staff ? this.queries.reviews(proposals) : Map.of();
		proposals.forEach((proposal) -> result.put(proposal, reviews.get(proposal.getId())));
		return result;
	}

	@SchemaMapping(typeName = "ProposalReview")
	@Nullable Connection<Evaluation> evaluations(ProposalReview review, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		PageRequest page = PageRequest.of(first, after);
		List<Evaluation> all = review.evaluations();
		if (all == null) {
			return null;
		}
		int from = Math.min(page.offset(), all.size());
		int to = Math.min(page.offset() + page.limit(), all.size());
		return Connection.of(all.subList(from, to), page, all.size());
	}

	@SchemaMapping
	String id(Evaluation evaluation) {
		return GlobalId.encode(EvaluationService.TYPE, evaluation.getId());
	}

	@SchemaMapping
	double weightedScore(Evaluation evaluation) {
		return evaluation.weightedScore();
	}

	@BatchMapping
	Map<Evaluation, @Nullable Proposal> proposal(List<Evaluation> evaluations) {
		Map<String, Proposal> found = this.proposals
			.findVisible(evaluations.stream().map(Evaluation::getProposalId).distinct().toList());
		Map<Evaluation, @Nullable Proposal> result = new LinkedHashMap<>();
		evaluations.forEach((evaluation) -> result.put(evaluation, found.get(evaluation.getProposalId())));
		return result;
	}

	/**
	 * The result of {@code evaluationSubmit}.
	 *
	 * @param evaluation the evaluation as stored, or null
	 * @param userErrors what to fix
	 */
	record EvaluationPayload(@Nullable Evaluation evaluation, List<UserError> userErrors) {
	}

}
