package jp.kitakyushu.busters.api.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.evaluation.EvaluationInputs.CriterionScoreInput;
import jp.kitakyushu.busters.api.evaluation.EvaluationInputs.EvaluationSubmitInput;
import jp.kitakyushu.busters.api.proposal.Proposal;
import jp.kitakyushu.busters.api.proposal.ProposalQueries;
import jp.kitakyushu.busters.api.proposal.ProposalAccess;
import jp.kitakyushu.busters.api.proposal.ProposalStatus;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.security.Viewer;
import jp.kitakyushu.busters.api.theme.Criterion;
import jp.kitakyushu.busters.api.theme.ThemeQueries;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Staff's evaluations of shortlisted proposals, and reading them under the blind rule.
 */
@Service
public class EvaluationService {

	/** GraphQL type name, for global ids and the audit trail. */
	public static final String TYPE = "Evaluation";

	static final int MAX_COMMENT = 2000;

	static final int MAX_OVERALL_COMMENT = 4000;

	private final MongoTemplate mongo;

	private final ProposalQueries proposals;

	private final ThemeQueries themes;

	private final AuditLog audit;

	EvaluationService(MongoTemplate mongo, ProposalQueries proposals, ThemeQueries themes, AuditLog audit) {
		this.mongo = mongo;
		this.proposals = proposals;
		this.themes = themes;
		this.audit = audit;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Evaluation submit(EvaluationSubmitInput input) {
		Viewer reviewer = Viewer.require();
		Proposal proposal = this.proposals.loadReadable(input.proposalId(), "proposalId",
				new ProposalAccess(true, Set.of()));
		proposal.requireState("evaluated", ProposalStatus.SHORTLISTED);
		List<Criterion> criteria = this.themes.findById(proposal.getThemeId())
			.map((theme) -> theme.getCriteria())
			.orElse(List.of());
		if (criteria.isEmpty()) {
			throw new UserErrorException(UserError.of("proposalId", UserErrorCode.WRONG_STATE,
					"The proposal's theme has no evaluation criteria to score."));
		}
		List<CriterionScore> scores = check(input, criteria);
		Evaluation existing = this.mongo.findById(Evaluation.key(proposal.getId(), reviewer.subject()),
				Evaluation.class);
		Evaluation evaluation = (existing != null) ? existing : new Evaluation(proposal.getId(), reviewer.subject());
		String comment = (input.comment() != null && !input.comment().isBlank()) ? input.comment().strip() : null;
		evaluation.score(reviewer.name(), scores, comment);
		// A concurrent first submission by the same reviewer hits the id and is refused.
		Evaluation stored = (existing != null) ? this.mongo.save(evaluation) : this.mongo.insert(evaluation);
		// The trail is readable by every staff member, so it must not reveal scores to
		// reviewers who have not given their own yet.
		this.audit.record((existing != null) ? "evaluation.revise" : "evaluation.submit", TYPE, stored.getId(),
				Map.of("proposal", proposal.getId(), "criteria", scores.size()));
		return stored;
	}

	/** Every criterion scored once, within 0–5 and with a comment; nothing else. */
	private static List<CriterionScore> check(EvaluationSubmitInput input, List<Criterion> criteria) {
		Map<String, Criterion> byName = new LinkedHashMap<>();
		criteria.forEach((criterion) -> byName.put(criterion.name(), criterion));
		Checks checks = new Checks().optionalText("comment", input.comment(), MAX_OVERALL_COMMENT);
		Set<String> seen = new HashSet<>();
		List<CriterionScore> scores = new ArrayList<>();
		for (int i = 0; i < input.scores().size(); i++) {
			CriterionScoreInput score = input.scores().get(i);
			String field = "scores." + i;
			Criterion criterion = byName.get(score.criterion());
			if (criterion == null) {
				checks.add(field + ".criterion", UserErrorCode.INVALID, "The theme has no criterion '"
						+ score.criterion() + "'. Its criteria are: " + String.join(", ", byName.keySet()) + ".");
				continue;
			}
			checks.check(seen.add(criterion.name()), field + ".criterion", UserErrorCode.DUPLICATE,
					"'" + criterion.name() + "' is scored twice.");
			checks.check(score.score() >= WeightedScores.MIN_SCORE && score.score() <= WeightedScores.MAX_SCORE,
					field + ".score", UserErrorCode.OUT_OF_RANGE, "A score is from " + WeightedScores.MIN_SCORE + " to "
							+ WeightedScores.MAX_SCORE + " (was " + score.score() + ").");
			checks.text(field + ".comment", score.comment(), MAX_COMMENT);
			scores.add(new CriterionScore(criterion.name(), criterion.weight(), score.score(), strip(score.comment())));
		}
		List<String> missing = byName.keySet().stream().filter((name) -> !seen.contains(name)).toList();
		checks.check(missing.isEmpty(), "scores", UserErrorCode.REQUIRED,
				"Score every criterion; missing: " + String.join(", ", missing) + ".");
		checks.orThrow();
		return scores;
	}

	private static String strip(@Nullable String text) {
		return (text != null) ? text.strip() : "";
	}

}
