package jp.kitakyushu.busters.api.problem;

import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemSupportInput;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.security.Viewer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Citizens' "me too": supporting a public problem once, and taking it back.
 */
@Service
public class ProblemSupport {

	private final ProblemQueries queries;

	private final Supports supports;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	ProblemSupport(ProblemQueries queries, Supports supports, AuditLog audit, ApplicationEventPublisher events) {
		this.queries = queries;
		this.supports = supports;
		this.audit = audit;
		this.events = events;
	}

	@PreAuthorize("hasRole('CITIZEN')")
	public Problem support(ProblemSupportInput input) {
		Viewer citizen = Viewer.require();
		Problem problem = loadVisible(input.problemId(), citizen);
		if (!ProblemAccess.OPEN_TO_SUPPORT.contains(problem.getStatus())) {
			throw new UserErrorException(UserError.of("problemId", UserErrorCode.WRONG_STATE,
					"Only published or adopted problems can be supported (this one is " + problem.getStatus() + ")."));
		}
		if (problem.isSubmittedBy(citizen.subject())) {
			throw new UserErrorException(UserError.of("problemId", UserErrorCode.NOT_ALLOWED,
					"You posted this problem, so your support already counts."));
		}
		if (!this.supports.add(problem.getId(), citizen.subject())) {
			throw new UserErrorException(
					UserError.of("problemId", UserErrorCode.DUPLICATE, "You already support this problem."));
		}
		this.supports.increment(problem.getId(), 1);
		this.audit.record("problem.support", ProblemQueries.TYPE, problem.getId(),
				Map.of("supporter", citizen.subject()));
		this.events.publishEvent(new ProblemSupported(problem.getId(), citizen.subject()));
		return this.queries.findById(problem.getId()).orElseThrow();
	}

	@PreAuthorize("hasRole('CITIZEN')")
	public Problem withdraw(ProblemSupportInput input) {
		Viewer citizen = Viewer.require();
		Problem problem = loadVisible(input.problemId(), citizen);
		if (!this.supports.remove(problem.getId(), citizen.subject())) {
			throw new UserErrorException(
					UserError.of("problemId", UserErrorCode.NOT_FOUND, "You do not support this problem."));
		}
		this.supports.increment(problem.getId(), -1);
		this.audit.record("problem.withdrawSupport", ProblemQueries.TYPE, problem.getId(),
				Map.of("supporter", citizen.subject()));
		this.events.publishEvent(new ProblemSupportWithdrawn(problem.getId(), citizen.subject()));
		return this.queries.findById(problem.getId()).orElseThrow();
	}

	private Problem loadVisible(String globalId, Viewer viewer) {
		return GlobalId.idOf(globalId, ProblemQueries.TYPE)
			.flatMap(this.queries::findById)
			.filter((problem) -> ProblemAccess.canRead(problem, Optional.of(viewer)))
			.orElseThrow(() -> new UserErrorException(
					UserError.of("problemId", UserErrorCode.NOT_FOUND, "No problem has the id " + globalId + ".")));
	}

}
