package jp.kitakyushu.busters.api.problem;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.outcome.OutcomeProblemsResolved;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.theme.ThemeCancelled;
import jp.kitakyushu.busters.api.theme.ThemePublished;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * What other features' decisions do to problems, heard as their events: a published theme
 * adopts its problems, a cancelled one releases them, and a demonstration credited with
 * solving problems resolves them. Nothing outside this package changes a problem.
 */
@Service
public class ProblemService {

	/** How often a change is retried when a concurrent write (a support) came first. */
	private static final int ATTEMPTS = 5;

	private final MongoTemplate mongo;

	private final ProblemQueries queries;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	ProblemService(MongoTemplate mongo, ProblemQueries queries, AuditLog audit, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.queries = queries;
		this.audit = audit;
		this.events = events;
	}

	@EventListener
	void on(ThemePublished event) {
		adopt(event.problemIds(), event.themeId(), event.title());
	}

	@EventListener
	void on(ThemeCancelled event) {
		if (event.wasOpen()) {
			// Its problems are free for another theme again, and their submitters hear
			// why.
			release(event.problemIds(), event.themeId(), event.title());
		}
	}

	@EventListener
	void on(OutcomeProblemsResolved event) {
		resolve(event.problemIds(), event.proposalId());
	}

	/**
	 * Marks problems as taken up by a theme; problems already adopted by it are left as
	 * they are.
	 */
	public void adopt(Collection<String> problemIds, String themeId, String themeTitle) {
		for (String id : problemIds) {
			Problem adopted = change(id, (problem) -> {
				if (problem.getStatus() == ProblemStatus.ADOPTED && problem.getThemeIds().contains(themeId)) {
					return null;
				}
				ProblemStatus before = problem.getStatus();
				problem.adoptInto(themeId);
				return Map.of("status", AuditLog.from(before, problem.getStatus()), "theme", themeId);
			}, "problem.adopt");
			if (adopted != null) {
				this.events.publishEvent(new ProblemAdopted(adopted.getId(), adopted.getSubmitter(),
						adopted.getPublicTitle(), themeId, themeTitle));
			}
		}
	}

	/**
	 * Lets problems go from a cancelled theme: those no other theme holds are PUBLISHED
	 * again.
	 */
	public void release(Collection<String> problemIds, String themeId, String themeTitle) {
		for (String id : problemIds) {
			Problem released = change(id, (problem) -> {
				ProblemStatus before = problem.getStatus();
				if (!problem.releaseFrom(themeId)) {
					return null;
				}
				return Map.of("status", AuditLog.from(before, problem.getStatus()), "theme", themeId);
			}, "problem.release");
			if (released != null) {
				this.events.publishEvent(new ProblemReleased(released.getId(), released.getSubmitter(),
						released.getPublicTitle(), themeId, themeTitle));
			}
		}
	}

	/**
	 * Marks problems as solved by a demonstration. Every problem is checked before any is
	 * changed, so a refusal changes nothing.
	 */
	public void resolve(Collection<String> problemIds, String proposalId) {
		List<Problem> problems = this.queries.findAll(problemIds);
		if (problems.size() != problemIds.stream().distinct().count()) {
			throw new UserErrorException(
					UserError.of("problemIds", UserErrorCode.NOT_FOUND, "Some of these problems do not exist."));
		}
		problems.forEach((problem) -> problem.resolveBy(proposalId));
		for (Problem problem : problems) {
			change(problem.getId(), (current) -> {
				ProblemStatus before = current.getStatus();
				current.resolveBy(proposalId);
				return Map.of("status", AuditLog.from(before, ProblemStatus.RESOLVED), "resolvedBy", proposalId);
			}, "problem.resolve");
			this.events.publishEvent(new ProblemResolved(problem.getId(), proposalId));
		}
	}

	/**
	 * Applies a change to the stored problem and audits it; on a concurrent write the
	 * problem is read again and the change applied anew. Returns the saved problem, or
	 * null when the change found nothing to do.
	 */
	private @Nullable Problem change(String id, Function<Problem, @Nullable Map<String, ?>> apply, String action) {
		for (int attempt = 1;; attempt++) {
			Problem problem = this.queries.findById(id).orElse(null);
			if (problem == null) {
				return null;
			}
			Map<String, ?> audited = apply.apply(problem);
			if (audited == null) {
				return null;
			}
			try {
				Problem saved = this.mongo.save(problem);
				this.audit.record(action, ProblemQueries.TYPE, saved.getId(), audited);
				return saved;
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
