package jp.kitakyushu.busters.api.problem;

import java.util.Map;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemMergeInput;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemPublishInput;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemRejectInput;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Staff's moderation of submitted problems: publishing, rejecting with a reason, and
 * folding duplicates into the problem they repeat.
 */
@Service
public class ProblemModeration {

	static final int MAX_REASON = 1000;

	private final MongoTemplate mongo;

	private final ProblemQueries queries;

	private final Supports supports;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	ProblemModeration(MongoTemplate mongo, ProblemQueries queries, Supports supports, AuditLog audit,
			ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.queries = queries;
		this.supports = supports;
		this.audit = audit;
		this.events = events;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Problem publish(ProblemPublishInput input) {
		Problem problem = load(input.problemId(), "problemId");
		ProblemStatus before = problem.getStatus();
		problem.publish();
		Problem saved = save(problem, "problem.publish", Map.of("status", AuditLog.from(before, problem.getStatus())));
		this.events.publishEvent(new ProblemPublished(saved.getId()));
		return saved;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Problem reject(ProblemRejectInput input) {
		new Checks().text("reason", input.reason(), MAX_REASON).orThrow();
		Problem problem = load(input.problemId(), "problemId");
		ProblemStatus before = problem.getStatus();
		problem.reject(input.reason());
		Problem saved = save(problem, "problem.reject", Map.of("status", AuditLog.from(before, problem.getStatus()),
				"rejectionReason", AuditLog.freeText(input.reason())));
		this.events.publishEvent(new ProblemRejected(saved.getId()));
		return saved;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Problem merge(ProblemMergeInput input) {
		Problem problem = load(input.problemId(), "problemId");
		Problem target = load(input.intoProblemId(), "intoProblemId");
		if (problem.getId().equals(target.getId())) {
			throw new UserErrorException(
					UserError.of("intoProblemId", UserErrorCode.INVALID, "A problem cannot be merged into itself."));
		}
		if (!ProblemAccess.OPEN_TO_SUPPORT.contains(target.getStatus())) {
			throw new UserErrorException(UserError.of("intoProblemId", UserErrorCode.WRONG_STATE,
					"Merge into a published or adopted problem (this one is " + target.getStatus() + ")."));
		}
		ProblemStatus before = problem.getStatus();
		problem.mergeInto(target);
		Problem merged = save(problem, "problem.merge",
				Map.of("status", AuditLog.from(before, problem.getStatus()), "mergedInto", target.getId()));
		// The duplicate's supporters (and its submitter) now count for the problem it
		// joined.
		this.supports.copyTo(merged, target);
		this.supports.recount(target.getId());
		this.events.publishEvent(new ProblemMerged(merged.getId(), target.getId()));
		return merged;
	}

	private Problem save(Problem problem, String action, Map<String, ?> change) {
		Problem saved = this.mongo.save(problem);
		this.audit.record(action, ProblemQueries.TYPE, saved.getId(), change);
		return saved;
	}

	private Problem load(String globalId, String field) {
		return GlobalId.idOf(globalId, ProblemQueries.TYPE)
			.flatMap(this.queries::findById)
			.orElseThrow(() -> new UserErrorException(
					UserError.of(field, UserErrorCode.NOT_FOUND, "No problem has the id " + globalId + ".")));
	}

}
