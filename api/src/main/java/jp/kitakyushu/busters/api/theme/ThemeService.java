package jp.kitakyushu.busters.api.theme;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.problem.CategoryCatalog;
import jp.kitakyushu.busters.api.problem.ProblemService;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.OrderDirection;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.security.Role;
import jp.kitakyushu.busters.api.system.security.Viewer;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeCreateInput;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeFilter;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeOrder;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeOrderField;
import jp.kitakyushu.busters.api.theme.ThemeInputs.ThemeUpdateInput;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Everything that happens to themes, and reading them under the visibility rules (drafts
 * are for staff; every other state is public). Every check uses the status as of now, so
 * a theme past its deadline is treated as closed before the closing job stores it.
 */
@Service
public class ThemeService {

	/** GraphQL type name, for global ids and the audit trail. */
	public static final String TYPE = "Theme";

	/** The states in which staff may still call a theme off. */
	private static final Set<ThemeStatus> CANCELLABLE = Set.of(ThemeStatus.DRAFT, ThemeStatus.OPEN, ThemeStatus.CLOSED);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final AuditLog audit;

	private final ProblemService problems;

	private final ThemeChecks checks;

	ThemeService(MongoTemplate mongo, Clock clock, AuditLog audit, ProblemService problems,
			CategoryCatalog categories) {
		this.mongo = mongo;
		this.clock = clock;
		this.audit = audit;
		this.problems = problems;
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
		return saved;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Theme publish(String themeId) {
		Theme theme = load(themeId);
		requireState(theme, "published", ThemeStatus.DRAFT);
		this.checks.readyToPublish(theme, this.clock.instant()).orThrow();
		theme.setStatus(ThemeStatus.OPEN);
		// The versioned save is the decisive step: a concurrent edit or second publish
		// fails here, before any problem is marked.
		Theme saved = this.mongo.save(theme);
		this.audit.record("theme.publish", TYPE, saved.getId(),
				Map.of("status", AuditLog.from(ThemeStatus.DRAFT, ThemeStatus.OPEN)));
		this.problems.adopt(saved.getSourceProblemIds(), saved.getId(), saved.getTitle());
		return saved;
	}

	@PreAuthorize("hasRole('STAFF')")
	public Theme cancel(String themeId, String reason) {
		new Checks().text("reason", reason, ThemeChecks.MAX_REASON).orThrow();
		Theme theme = load(themeId);
		ThemeStatus before = requireState(theme, "cancelled", CANCELLABLE.toArray(ThemeStatus[]::new));
		theme.setStatus(ThemeStatus.CANCELLED);
		theme.setCancelReason(reason.strip());
		Theme saved = this.mongo.save(theme);
		this.audit.record("theme.cancel", TYPE, saved.getId(),
				Map.of("status", AuditLog.from(before, ThemeStatus.CANCELLED), "cancelReason", reason.strip()));
		if (before != ThemeStatus.DRAFT) {
			// Its problems are free for another theme again, and their submitters hear
			// why.
			this.problems.release(saved.getSourceProblemIds(), saved.getId(), saved.getTitle());
		}
		return saved;
	}

	@PreAuthorize("permitAll()")
	public Connection<Theme> list(@Nullable ThemeFilter filter, @Nullable ThemeOrder order, PageRequest page) {
		boolean staff = Viewer.current().map((viewer) -> viewer.has(Role.STAFF)).orElse(false);
		List<Criteria> conditions = new ArrayList<>();
		ThemeStatus status = (filter != null) ? filter.status() : null;
		if (status != null) {
			if (!staff && status == ThemeStatus.DRAFT) {
				return Connection.of(List.of(), page, 0);
			}
			conditions.add(ThemeQueries.withStatusAt(status, this.clock.instant()));
		}
		else if (!staff) {
			conditions.add(Criteria.where("status").ne(ThemeStatus.DRAFT));
		}
		if (filter != null && filter.category() != null) {
			conditions.add(Criteria.where("category").is(filter.category()));
		}
		Criteria criteria = switch (conditions.size()) {
			case 0 -> new Criteria();
			case 1 -> conditions.get(0);
			default -> new Criteria().andOperator(conditions);
		};
		Query query = Query.query(criteria);
		long total = this.mongo.count(query, Theme.class);
		ThemeOrder effective = (order != null) ? order
				: new ThemeOrder(ThemeOrderField.CREATED_AT, OrderDirection.DESC);
		String field = (effective.field() == ThemeOrderField.CLOSES_AT) ? "closesAt" : "createdAt";
		query.with(Sort.by(effective.direction().toSort(), field).and(Sort.by(Sort.Direction.DESC, "_id")))
			.skip(page.offset())
			.limit(page.limit());
		return Connection.of(this.mongo.find(query, Theme.class), page, total);
	}

	/**
	 * Stores CLOSED for every open theme past its deadline, each with one conditional
	 * update, so two api replicas running the job close (and audit) each theme once.
	 */
	int closeDue() {
		Instant now = this.clock.instant();
		int closed = 0;
		for (Theme theme : this.mongo.find(Query.query(ThemeQueries.openPastDeadline(now)), Theme.class)) {
			Query stillDue = Query
				.query(Criteria.where("_id").is(theme.getId()).andOperator(ThemeQueries.openPastDeadline(now)));
			Update close = new Update().set("status", ThemeStatus.CLOSED).set("updatedAt", now).inc("version", 1);
			if (this.mongo.updateFirst(stillDue, close, Theme.class).getModifiedCount() == 1) {
				this.audit.record("theme.close", TYPE, theme.getId(), Map.of("status",
						AuditLog.from(ThemeStatus.OPEN, ThemeStatus.CLOSED), "closesAt", theme.getClosesAt()));
				closed++;
			}
		}
		return closed;
	}

	/**
	 * Marks a closed theme as awarded; called by the proposal module when it selects a
	 * proposal. Already awarded themes stay as they are.
	 */
	public Theme markAwarded(String themeId) {
		Theme theme = findById(themeId).orElseThrow(() -> new UserErrorException(
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
		return saved;
	}

	/**
	 * A theme by store id, whatever its state and whoever asks (for other modules'
	 * checks).
	 */
	public Optional<Theme> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Theme.class));
	}

	/** The themes among {@code ids} the current caller may see, keyed by id. */
	public Map<String, Theme> findVisible(Collection<String> ids) {
		boolean staff = Viewer.current().map((viewer) -> viewer.has(Role.STAFF)).orElse(false);
		Map<String, Theme> visible = new LinkedHashMap<>();
		for (Theme theme : this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Theme.class)) {
			if (staff || theme.getStatus() != ThemeStatus.DRAFT) {
				visible.put(theme.getId(), theme);
			}
		}
		return visible;
	}

	/**
	 * Every theme, oldest first, whoever asks: for reporting, which counts drafts too and
	 * shows only what is public.
	 */
	public List<Theme> findAll() {
		return this.mongo.find(new Query().with(Sort.by("createdAt").and(Sort.by("_id"))), Theme.class);
	}

	/** Whether proposals may be submitted to this theme now. */
	public boolean acceptsProposalsNow(Theme theme) {
		return theme.acceptsProposalsAt(this.clock.instant());
	}

	/** The theme's status as of now: open past its deadline reads as closed. */
	public ThemeStatus statusNow(Theme theme) {
		return theme.statusAt(this.clock.instant());
	}

	private Theme load(String globalId) {
		return GlobalId.idOf(globalId, TYPE)
			.flatMap(this::findById)
			.orElseThrow(() -> new UserErrorException(
					UserError.of("themeId", UserErrorCode.NOT_FOUND, "No theme has the id " + globalId + ".")));
	}

	/**
	 * Returns the status as of now, refusing the action unless it is one of those
	 * allowed.
	 */
	private ThemeStatus requireState(Theme theme, String pastTense, ThemeStatus... allowed) {
		ThemeStatus now = statusNow(theme);
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
