package jp.kitakyushu.busters.api.problem;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.privacy.PersonalDataRedactor;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ContactInput;
import jp.kitakyushu.busters.api.problem.ProblemInputs.GeoPointInput;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemFilter;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemOrder;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemOrderField;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemSubmitInput;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemSubmitOnBehalfInput;
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
import jp.kitakyushu.busters.api.system.submission.IdempotencyKeys;
import jp.kitakyushu.busters.api.system.submission.SubmissionGuard;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Everything that happens to problems: intake, moderation and reading under the
 * visibility rules (the public sees published problems with personal data masked; a
 * citizen also sees their own; staff see everything).
 */
@Service
public class ProblemService {

	/** GraphQL type name, for global ids and the audit trail. */
	public static final String TYPE = "Problem";

	static final int MAX_TITLE = 120;

	static final int MAX_BODY = 4000;

	static final int MAX_REASON = 1000;

	private final MongoTemplate mongo;

	private final CategoryCatalog categories;

	private final PersonalDataRedactor redactor;

	private final AuditLog audit;

	private final SubmissionGuard guard;

	private final IdempotencyKeys idempotency;

	private final ApplicationEventPublisher events;

	private final Supports supports;

	ProblemService(MongoTemplate mongo, CategoryCatalog categories, AuditLog audit, SubmissionGuard guard,
			IdempotencyKeys idempotency, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.categories = categories;
		this.redactor = PersonalDataRedactor.standard();
		this.audit = audit;
		this.guard = guard;
		this.idempotency = idempotency;
		this.events = events;
		this.supports = new Supports(mongo, clock);
	}

	@PreAuthorize("hasRole('CITIZEN')")
	public Problem submit(ProblemSubmitInput input, GraphQLContext context) {
		Viewer citizen = Viewer.require();
		return this.idempotency.once("problemSubmit", citizen.subject(), input.idempotencyKey(), () -> {
			Checks checks = checkContent(input.title(), input.body(), input.category(), input.location());
			checks.orThrow();
			this.guard.admit(citizen.subject(), context);
			Contact contact = new Contact(citizen.name(), null, citizen.email(), null, null);
			return create(new Problem(input.title(), input.body(), this.redactor.redact(input.title()),
					this.redactor.redact(input.body()), input.category(), input.ward(), point(input.location()),
					Channel.WEB, null, citizen.subject(), null, contact));
		}, Problem::getId, this::findById);
	}

	@PreAuthorize("hasRole('STAFF')")
	public Problem submitOnBehalf(ProblemSubmitOnBehalfInput input, GraphQLContext context) {
		Viewer staff = Viewer.require();
		return this.idempotency.once("problemSubmitOnBehalf", staff.subject(), input.idempotencyKey(), () -> {
			Checks checks = checkContent(input.title(), input.body(), input.category(), input.location());
			ContactInput contact = input.contact();
			checks.optionalText("contact.name", contact.name(), 100)
				.optionalText("contact.phone", contact.phone(), 40)
				.optionalText("contact.email", contact.email(), 200)
				.optionalText("contact.address", contact.address(), 300)
				.optionalText("contact.note", contact.note(), 1000)
				.check(hasAny(contact), "contact", UserErrorCode.REQUIRED,
						"Note at least one way to reach the citizen (name, phone, e-mail or address).")
				.orThrow();
			this.guard.admit(staff.subject(), context);
			return create(new Problem(input.title(), input.body(), this.redactor.redact(input.title()),
					this.redactor.redact(input.body()), input.category(), input.ward(), point(input.location()),
					Channel.PROXY, input.intakeMethod(), null, staff.subject(),
					new Contact(contact.name(), contact.phone(), contact.email(), contact.address(), contact.note())));
		}, Problem::getId, this::findById);
	}

	/**
	 * Takes in a problem from an outside channel (Open311) on behalf of someone with no
	 * account; {@code source} names the client (its API key) for the submission limits.
	 */
	public Problem submitFromChannel(String title, String body, String category, Ward ward, @Nullable GeoPoint location,
			Contact contact, String source, GraphQLContext context) {
		Checks checks = checkContent(title, body, category,
				(location != null) ? new GeoPointInput(location.lat(), location.lon()) : null);
		checks.orThrow();
		this.guard.admit(source, context);
		return create(new Problem(title, body, this.redactor.redact(title), this.redactor.redact(body), category, ward,
				location, Channel.OPEN311, null, null, null, contact));
	}

	@PreAuthorize("hasRole('STAFF')")
	public Problem publish(String problemId) {
		Problem problem = load(problemId, "problemId");
		ProblemStatus before = problem.getStatus();
		problem.publish();
		return saveAndAudit(problem, "problem.publish", Map.of("status", AuditLog.from(before, problem.getStatus())));
	}

	@PreAuthorize("hasRole('STAFF')")
	public Problem reject(String problemId, String reason) {
		new Checks().text("reason", reason, MAX_REASON).orThrow();
		Problem problem = load(problemId, "problemId");
		ProblemStatus before = problem.getStatus();
		problem.reject(reason);
		return saveAndAudit(problem, "problem.reject",
				Map.of("status", AuditLog.from(before, problem.getStatus()), "rejectionReason", reason));
	}

	@PreAuthorize("hasRole('STAFF')")
	public Problem merge(String problemId, String intoProblemId) {
		Problem problem = load(problemId, "problemId");
		Problem target = load(intoProblemId, "intoProblemId");
		if (problem.getId().equals(target.getId())) {
			throw new UserErrorException(
					UserError.of("intoProblemId", UserErrorCode.INVALID, "A problem cannot be merged into itself."));
		}
		if (!ProblemStatus.SUPPORTABLE.contains(target.getStatus())) {
			throw new UserErrorException(UserError.of("intoProblemId", UserErrorCode.WRONG_STATE,
					"Merge into a published or adopted problem (this one is " + target.getStatus() + ")."));
		}
		ProblemStatus before = problem.getStatus();
		problem.mergeInto(target);
		Problem merged = saveAndAudit(problem, "problem.merge",
				Map.of("status", AuditLog.from(before, problem.getStatus()), "mergedInto", target.getId()));
		// The duplicate's supporters (and its submitter) now count for the problem it
		// joined.
		this.supports.copyTo(merged, target);
		refreshSupporterCount(target.getId());
		return merged;
	}

	@PreAuthorize("hasRole('CITIZEN')")
	public Problem support(String problemId) {
		Viewer citizen = Viewer.require();
		Problem problem = loadVisible(problemId, citizen);
		if (!ProblemStatus.SUPPORTABLE.contains(problem.getStatus())) {
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
		this.audit.record("problem.support", TYPE, problem.getId(), Map.of("supporter", citizen.subject()));
		this.events.publishEvent(new ProblemChanged(problem.getId()));
		return findById(problem.getId()).orElseThrow();
	}

	@PreAuthorize("hasRole('CITIZEN')")
	public Problem withdrawSupport(String problemId) {
		Viewer citizen = Viewer.require();
		Problem problem = loadVisible(problemId, citizen);
		if (!this.supports.remove(problem.getId(), citizen.subject())) {
			throw new UserErrorException(
					UserError.of("problemId", UserErrorCode.NOT_FOUND, "You do not support this problem."));
		}
		this.supports.increment(problem.getId(), -1);
		this.audit.record("problem.withdrawSupport", TYPE, problem.getId(), Map.of("supporter", citizen.subject()));
		this.events.publishEvent(new ProblemChanged(problem.getId()));
		return findById(problem.getId()).orElseThrow();
	}

	/**
	 * Marks problems as taken up by a theme; called by the theme module when a theme
	 * opens. Problems already adopted by the theme are left as they are.
	 */
	public void adopt(Collection<String> problemIds, String themeId, String themeTitle) {
		for (Problem problem : this.mongo.find(Query.query(Criteria.where("_id").in(problemIds)), Problem.class)) {
			if (problem.getStatus() == ProblemStatus.ADOPTED && problem.getThemeIds().contains(themeId)) {
				continue;
			}
			ProblemStatus before = problem.getStatus();
			problem.adoptInto(themeId);
			saveAndAudit(problem, "problem.adopt",
					Map.of("status", AuditLog.from(before, problem.getStatus()), "theme", themeId));
			this.events.publishEvent(new ProblemAdopted(problem.getId(), problem.getSubmitter(),
					problem.getPublicTitle(), themeId, themeTitle));
		}
	}

	/**
	 * Releases problems from a cancelled theme; called by the theme module. Problems no
	 * other theme holds become PUBLISHED again, and their submitters are told.
	 */
	public void release(Collection<String> problemIds, String themeId, String themeTitle) {
		for (Problem problem : this.mongo.find(Query.query(Criteria.where("_id").in(problemIds)), Problem.class)) {
			ProblemStatus before = problem.getStatus();
			if (!problem.releaseFrom(themeId)) {
				continue;
			}
			saveAndAudit(problem, "problem.release",
					Map.of("status", AuditLog.from(before, problem.getStatus()), "theme", themeId));
			this.events.publishEvent(new ProblemReleased(problem.getId(), problem.getSubmitter(),
					problem.getPublicTitle(), themeId, themeTitle));
		}
	}

	/**
	 * Marks problems as solved by a demonstration; called when an outcome records them.
	 */
	public List<Problem> resolve(Collection<String> problemIds, String proposalId) {
		List<Problem> problems = this.mongo.find(Query.query(Criteria.where("_id").in(problemIds)), Problem.class);
		if (problems.size() != Set.copyOf(problemIds).size()) {
			throw new UserErrorException(
					UserError.of("problemIds", UserErrorCode.NOT_FOUND, "Some of these problems do not exist."));
		}
		Map<String, ProblemStatus> before = new LinkedHashMap<>();
		problems.forEach((problem) -> before.put(problem.getId(), problem.getStatus()));
		// Every problem is checked before any is saved, so a refusal changes nothing.
		problems.forEach((problem) -> problem.resolveBy(proposalId));
		return problems.stream()
			.map((problem) -> saveAndAudit(problem, "problem.resolve",
					Map.of("status", AuditLog.from(before.get(problem.getId()), ProblemStatus.RESOLVED), "resolvedBy",
							proposalId)))
			.toList();
	}

	@PreAuthorize("permitAll()")
	public Connection<Problem> list(@Nullable ProblemFilter filter, @Nullable ProblemOrder order, PageRequest page) {
		Optional<Viewer> viewer = Viewer.current();
		boolean staff = viewer.map((v) -> v.has(Role.STAFF)).orElse(false);
		Criteria criteria = new Criteria();
		ProblemStatus status = (filter != null) ? filter.status() : null;
		if (status != null) {
			if (!staff && !status.isPublic()) {
				return Connection.of(List.of(), page, 0);
			}
			criteria.and("status").is(status);
		}
		else if (!staff) {
			criteria.and("status").in(ProblemStatus.PUBLISHED, ProblemStatus.ADOPTED, ProblemStatus.RESOLVED);
		}
		if (filter != null && filter.category() != null) {
			criteria.and("category").is(filter.category());
		}
		if (filter != null && filter.ward() != null) {
			criteria.and("ward").is(filter.ward());
		}
		if (filter != null && filter.text() != null && !filter.text().isBlank()) {
			// The public searches masked text only, so a query cannot probe for hidden
			// data.
			Pattern text = Pattern.compile(Pattern.quote(filter.text().strip()), Pattern.CASE_INSENSITIVE);
			criteria.orOperator(Criteria.where(staff ? "title" : "publicTitle").regex(text),
					Criteria.where(staff ? "body" : "publicBody").regex(text));
		}
		return page(criteria, order, page);
	}

	@PreAuthorize("hasRole('CITIZEN')")
	public Connection<Problem> mine(PageRequest page) {
		Viewer citizen = Viewer.require();
		return page(Criteria.where("submitter").is(citizen.subject()), null, page);
	}

	/** The problems among {@code ids} the current caller may see, keyed by id. */
	public Map<String, Problem> findVisible(Collection<String> ids) {
		Optional<Viewer> viewer = Viewer.current();
		Map<String, Problem> visible = new LinkedHashMap<>();
		for (Problem problem : this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Problem.class)) {
			if (ProblemAccess.canRead(problem, viewer)) {
				visible.put(problem.getId(), problem);
			}
		}
		return visible;
	}

	/** Which of these problems the current caller supports. */
	Set<String> supportedByViewer(Collection<String> problemIds) {
		return Viewer.current()
			.map((viewer) -> this.supports.supportedBy(problemIds, viewer.subject()))
			.orElse(Set.of());
	}

	/**
	 * A problem by store id, whatever its state and whoever asks: for other modules'
	 * derived data (reporting), never for showing.
	 */
	public Optional<Problem> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Problem.class));
	}

	/**
	 * Every problem in store-id order, whoever asks: for rebuilding other modules'
	 * derived data (reporting) and the open-data export, never for showing as it is.
	 * Close the stream.
	 */
	public java.util.stream.Stream<Problem> streamAll() {
		return this.mongo.stream(new Query().with(Sort.by("_id")), Problem.class);
	}

	private Connection<Problem> page(Criteria criteria, @Nullable ProblemOrder order, PageRequest page) {
		Query query = Query.query(criteria);
		long total = this.mongo.count(query, Problem.class);
		ProblemOrder effective = (order != null) ? order
				: new ProblemOrder(ProblemOrderField.CREATED_AT, OrderDirection.DESC);
		String field = (effective.field() == ProblemOrderField.SUPPORTER_COUNT) ? "supporterCount" : "createdAt";
		Sort sort = Sort.by(effective.direction().toSort(), field).and(Sort.by(Sort.Direction.DESC, "_id"));
		query.with(sort).skip(page.offset()).limit(page.limit());
		return Connection.of(this.mongo.find(query, Problem.class), page, total);
	}

	private Problem create(Problem problem) {
		Problem stored = this.mongo.insert(problem);
		this.audit.record("problem.submit", TYPE, stored.getId(),
				Map.of("status", stored.getStatus(), "channel", stored.getChannel(), "title", stored.getTitle()));
		this.events.publishEvent(new ProblemChanged(stored.getId()));
		return stored;
	}

	private Problem saveAndAudit(Problem problem, String action, Map<String, ?> change) {
		Problem saved = this.mongo.save(problem);
		this.audit.record(action, TYPE, saved.getId(), change);
		this.events.publishEvent(new ProblemChanged(saved.getId()));
		return saved;
	}

	private void refreshSupporterCount(String problemId) {
		this.supports.recount(problemId);
		this.events.publishEvent(new ProblemChanged(problemId));
	}

	private Problem load(String globalId, String field) {
		return GlobalId.idOf(globalId, TYPE)
			.flatMap(this::findById)
			.orElseThrow(() -> new UserErrorException(
					UserError.of(field, UserErrorCode.NOT_FOUND, "No problem has the id " + globalId + ".")));
	}

	private Problem loadVisible(String globalId, Viewer viewer) {
		Problem problem = load(globalId, "problemId");
		if (!ProblemAccess.canRead(problem, Optional.of(viewer))) {
			throw new UserErrorException(
					UserError.of("problemId", UserErrorCode.NOT_FOUND, "No problem has the id " + globalId + "."));
		}
		return problem;
	}

	Checks checkContent(String title, String body, String category, @Nullable GeoPointInput location) {
		Checks checks = new Checks().text("title", title, MAX_TITLE).text("body", body, MAX_BODY);
		checks.check(this.categories.find(category).isPresent(), "category", UserErrorCode.INVALID,
				"Unknown category '" + category + "'. Choose one of: "
						+ String.join(", ", this.categories.all().stream().map(Category::code).toList()) + ".");
		if (location != null) {
			checks.check(point(location).insideCity(), "location", UserErrorCode.OUTSIDE_CITY,
					"The location (" + location.lat() + ", " + location.lon()
							+ ") is outside Kitakyushu. Pick a point inside the city or leave the location out.");
		}
		return checks;
	}

	private static @Nullable GeoPoint point(@Nullable GeoPointInput input) {
		return (input != null) ? new GeoPoint(input.lat(), input.lon()) : null;
	}

	private static boolean hasAny(ContactInput contact) {
		return isSet(contact.name()) || isSet(contact.phone()) || isSet(contact.email()) || isSet(contact.address());
	}

	private static boolean isSet(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
