package jp.kitakyushu.busters.api.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.system.graphql.NodeLoader;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The read side of evaluations, under the blind rule: staff read only their own until
 * they have given their scores, then everyone's.
 */
@Service
public class EvaluationQueries implements NodeLoader {

	private final MongoTemplate mongo;

	private final ProposalQueries proposals;

	EvaluationQueries(MongoTemplate mongo, ProposalQueries proposals) {
		this.mongo = mongo;
		this.proposals = proposals;
	}

	/**
	 * The reviews of the given proposals as the current staff member sees them, keyed by
	 * proposal id, from one query.
	 */
	@PreAuthorize("hasRole('STAFF')")
	public Map<String, ProposalReview> reviews(Collection<Proposal> proposals) {
		String reviewer = Viewer.require().subject();
		Map<String, List<Evaluation>> byProposal = evaluationsOf(proposals.stream().map(Proposal::getId).toList());
		Map<String, ProposalReview> reviews = new LinkedHashMap<>();
		for (Proposal proposal : proposals) {
			reviews.put(proposal.getId(),
					new ProposalReview(proposal, reviewer, byProposal.getOrDefault(proposal.getId(), List.of())));
		}
		return reviews;
	}

	/**
	 * The evaluations among {@code ids} the caller may see: staff only, their own, and
	 * the others' once they are no longer blind to them.
	 */
	@PreAuthorize("permitAll()")
	public Map<String, Evaluation> findVisible(Collection<String> ids) {
		Viewer viewer = Viewer.current().filter((v) -> v.has(Role.STAFF)).orElse(null);
		if (viewer == null) {
			return Map.of();
		}
		List<Evaluation> asked = this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Evaluation.class);
		Set<String> proposalIds = new HashSet<>();
		asked.forEach((evaluation) -> proposalIds.add(evaluation.getProposalId()));
		Map<String, Proposal> proposals = this.proposals.findVisible(proposalIds);
		Map<String, List<Evaluation>> byProposal = evaluationsOf(proposalIds);
		Map<String, Evaluation> visible = new LinkedHashMap<>();
		for (Evaluation evaluation : asked) {
			Proposal proposal = proposals.get(evaluation.getProposalId());
			if (proposal != null && (evaluation.getReviewer().equals(viewer.subject()) || !ProposalReview
				.isBlind(proposal, viewer.subject(), byProposal.getOrDefault(proposal.getId(), List.of())))) {
				visible.put(evaluation.getId(), evaluation);
			}
		}
		return visible;
	}

	private Map<String, List<Evaluation>> evaluationsOf(Collection<String> proposalIds) {
		Map<String, List<Evaluation>> byProposal = new LinkedHashMap<>();
		for (Evaluation evaluation : this.mongo.find(Query.query(Criteria.where("proposalId").in(proposalIds)),
				Evaluation.class)) {
			byProposal.computeIfAbsent(evaluation.getProposalId(), (id) -> new ArrayList<>()).add(evaluation);
		}
		return byProposal;
	}

	@Override
	public Set<String> nodeTypes() {
		return Set.of(EvaluationService.TYPE);
	}

	@Override
	public Map<String, Evaluation> loadVisible(String type, Collection<String> ids) {
		return findVisible(ids);
	}

}
