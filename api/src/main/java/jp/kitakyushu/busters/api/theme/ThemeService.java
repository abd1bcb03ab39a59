package jp.kitakyushu.busters.api.theme;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.category.CategoryCatalog;
import jp.kitakyushu.busters.api.proposal.ProposalSelected;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.security.Viewer;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeCancelInput;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeCreateInput;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemePublishInput;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeUpdateInput;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Everything that happens to themes: staff draft, edit, publish and cancel them, the
 * closing job closes them at their deadline, and the first selected proposal awards them.
 * Every check uses the status as of now, so a theme past its deadline is treated as
 * closed before the closing job stores it.
 */
@Service
public class ThemeService {

	/** GraphQL type name, for global ids and the audit trail. */
	public static final String TYPE = ThemeQueries.TYPE;

	/** The states in which staff may still call a theme off. */
	private static final Set<ThemeStatus> CANCELLABLE = Set.of(ThemeStatus.DRAFT, ThemeStatus.OPEN, ThemeStatus.CLOSED);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final AuditLog audit;

	private final ThemeQueries queries;

	private final ThemeChecks checks;

	private final ApplicationEventPublisher events;

	ThemeService(MongoTemplate mongo, Clock clock, AuditLog audit, ThemeQueries queries, SourceProblems problems,
			CategoryCatalog categories, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.clock = clock;
		this.audit = audit;
		this.queries = queries;
		this.events = events;
		this.checks = new ThemeChecks(categories, problems);
	}

	@PreAuthorize("hasRole('STAFF')")
	public Theme create(ThemeCreateInput input) {
		Viewer staff = Viewer.require();
		Instant now = this.clock.instant();
		Checks checks = new Checks().text("title", input.title(), ThemeChecks.MAX_TITLE)
			.text("description", input.description(), ThemeChecks.MAX_DESCRIPTION);
		this.checks.category(checks, input.category());
		List<String> problemIds = this.checks.problems(checks, input.problemIds());
		List<String> outcomes = orEmpty(input.expectedOutcomes());
		this.checks.outcomes(checks, outcomes);
		this.checks.budgetCap(checks, input.budgetCap());
		this.checks.window(checks, input.opensAt(), input.closesAt(), true, now);
		List<Criterion> criteria = this.checks.criteria(checks, orEmpty(input.criteria()));
		checks.orThrow();
		Theme theme = new Theme(input.title().strip(), input.description().strip(), input.category(), staff.subject());
		theme.setSourceProblemIds(problemIds);
		theme.setExpectedOutcomes(outcomes.stream().map(String::strip).toList());
		theme.setBudgetCap((input.budgetCap() != null) ? input.budgetCap() : 0);
		theme.setCallWindow(input.opensAt(), input.closesAt());
		theme.setCriteria(criteria);
		Theme stored = this.mongo.insert(theme);
		Map<String, @Nullable Object> created = new LinkedHashMap<>();
		created.put("status", stored.getStatus());
		created.put("title", stored.getTitle());
		created.put("category", stored.getCategory());
		created.put("problemIds", stored.getSourceProblemIds());
		this.audit.record("theme.create", TYPE, stored.getId(), created);
		this.events.publishEvent(new ThemeDrafted(stored.getId()));
		return stored;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Theme update(ThemeUpdateInput input) {
		Theme theme = load(input.themeId());
		requireState(theme, "edited", ThemeStatus.DRAFT);
		Checks checks = new Checks();
		ThemeChange change = ThemeChange.of(theme, input, this.checks, checks, this.clock.instant());
		checks.orThrow();
		if (change.isEmpty()) {
			return theme;
		}
		Theme saved = this.mongo.save(theme);
		this.audit.record("theme.update", TYPE, saved.getId(), change.changes());
		this.events.publishEvent(new ThemeEdited(saved.getId()));
		return saved;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Theme publish(ThemePublishInput input) {
		Theme theme = load(input.themeId());
		requireState(theme, "published", ThemeStatus.DRAFT);
		this.checks.readyToPublish(theme, this.clock.instant()).orThrow();
		theme.setStatus(ThemeStatus.OPEN);
		// The versioned save is the decisive step: a concurrent edit or second publish
		// fails here, before anyone hears of it.
		Theme saved = this.mongo.save(theme);
		this.audit.record("theme.publish", TYPE, saved.getId(),
				Map.of("status", AuditLog.from(ThemeStatus.DRAFT, ThemeStatus.OPEN)));
		this.events.publishEvent(new ThemePublished(saved.getId(), saved.getTitle(), saved.getSourceProblemIds()));
		return saved;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Theme cancel(ThemeCancelInput input) {
		String reason = input.reason();
		new Checks().text("reason", reason, ThemeChecks.MAX_REASON).orThrow();
		Theme theme = load(input.themeId());
		ThemeStatus before = requireState(theme, "cancelled", CANCELLABLE.toArray(ThemeStatus[]::new));
		theme.setStatus(ThemeStatus.CANCELLED);
		theme.setCancelReason(reason.strip());
		Theme saved = this.mongo.save(theme);
		this.audit.record("theme.cancel", TYPE, saved.getId(), Map.of("status",
				AuditLog.from(before, ThemeStatus.CANCELLED), "cancelReason", AuditLog.freeText(reason)));
		this.events.publishEvent(new ThemeCancelled(saved.getId(), saved.getTitle(), saved.getSourceProblemIds(),
				before != ThemeStatus.DRAFT));
		return saved;
	}

	/**
	 * Stores CLOSED for every open theme past its deadline, each with one conditional
	 * update, so two api replicas running the job close (and audit) each theme once.
	 */
	int closeDue() {
		Instant now = this.clock.instant();
		int closed = 0;
		for (Theme theme : this.mongo.find(Query.query(ThemeStoreCriteria.openPastDeadline(now)), Theme.class)) {
			Query stillDue = Query
				.query(Criteria.where("_id").is(theme.getId()).andOperator(ThemeStoreCriteria.openPastDeadline(now)));
			Update close = new Update().set("status", ThemeStatus.CLOSED).set("updatedAt", now).inc("version", 1);
			if (this.mongo.updateFirst(stillDue, close, Theme.class).getModifiedCount() == 1) {
				this.audit.record("theme.close", TYPE, theme.getId(), Map.of("status",
						AuditLog.from(ThemeStatus.OPEN, ThemeStatus.CLOSED), "closesAt", theme.getClosesAt()));
				this.events.publishEvent(new ThemeClosed(theme.getId()));
				closed++;
			}
		}
		return closed;
	}

	/**
	 * The first selection of a proposal awards its theme; a concurrent selection may have
	 * done it a moment ago, which the second attempt sees.
	 */
	@EventListener
	void on(ProposalSelected event) {
		try {
			markAwarded(event.themeId());
		}
		catch (OptimisticLockingFailureException ex) {
			markAwarded(event.themeId());
		}
	}

	/**
	 * Marks a closed theme as awarded; already awarded themes stay as they are.
	 */
	public Theme markAwarded(String themeId) {
		Theme theme = this.queries.findById(themeId)
			.orElseThrow(() -> new UserErrorException(
					UserError.general(UserErrorCode.NOT_FOUND, "The proposal's theme no longer exists.")));
		ThemeStatus now = theme.statusAt(this.clock.instant());
		if (now == ThemeStatus.AWARDED) {
			return theme;
		}
		if (now != ThemeStatus.CLOSED) {
			throw new UserErrorException(UserError.general(UserErrorCode.WRONG_STATE,
					"Proposals are selected after the theme closes; this theme is " + now + "."));
		}
		ThemeStatus before = theme.getStatus();
		theme.setStatus(ThemeStatus.AWARDED);
		Theme saved = this.mongo.save(theme);
		this.audit.record("theme.award", TYPE, saved.getId(),
				Map.of("status", AuditLog.from(before, ThemeStatus.AWARDED)));
		this.events.publishEvent(new ThemeAwarded(saved.getId()));
		return saved;
	}

	private Theme load(String globalId) {
		return GlobalId.idOf(globalId, TYPE)
			.flatMap(this.queries::findById)
			.orElseThrow(() -> new UserErrorException(
					UserError.of("themeId", UserErrorCode.NOT_FOUND, "No theme has the id " + globalId + ".")));
	}

	/**
	 * Returns the status as of now, refusing the action unless it is one of those
	 * allowed.
	 */
	private ThemeStatus requireState(Theme theme, String pastTense, ThemeStatus... allowed) {
		ThemeStatus now = this.queries.statusNow(theme);
		for (ThemeStatus state : allowed) {
			if (now == state) {
				return now;
			}
		}
		throw new UserErrorException(UserError.general(UserErrorCode.WRONG_STATE,
				"A theme that is " + now + " cannot be " + pastTense + "."));
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return (list != null) ? list : List.of();
	}

}
