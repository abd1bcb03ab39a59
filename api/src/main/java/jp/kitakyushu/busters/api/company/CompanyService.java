package jp.kitakyushu.busters.api.company;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyFilter;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyRegisterInput;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyUpdateInput;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Everything that happens to companies, and reading them under the visibility rules (the
 * public sees verified companies' profiles; members and staff see the rest).
 */
@Service
public class CompanyService {

	/** GraphQL type name, for global ids and the audit trail. */
	public static final String TYPE = "Company";

	static final int MAX_NAME = 200;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_CAPABILITIES = 4000;

	static final int MAX_TAGS = 20;

	static final int MAX_TAG = 40;

	static final int MAX_REASON = 1000;

	private final MongoTemplate mongo;

	private final AuditLog audit;

	private final SubmissionGuard guard;

	private final IdempotencyKeys idempotency;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CompanyService(MongoTemplate mongo, AuditLog audit, SubmissionGuard guard, IdempotencyKeys idempotency,
			ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.audit = audit;
		this.guard = guard;
		this.idempotency = idempotency;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('COMPANY')")
	public Company register(CompanyRegisterInput input, GraphQLContext context) {
		Viewer user = Viewer.require();
		return this.idempotency.once("companyRegister", user.subject(), input.idempotencyKey(), () -> {
			String number = CorporateNumber.normalize(input.corporateNumber());
			List<String> tags = normalizeTags(input.tags());
			Checks checks = new Checks().text("name", input.name(), MAX_NAME)
				.text("description", input.description(), MAX_DESCRIPTION)
				.optionalText("capabilities", input.capabilities(), MAX_CAPABILITIES);
			checkTags(checks, tags);
			CorporateNumber.problem(number)
				.ifPresent((message) -> checks.add("corporateNumber", UserErrorCode.INVALID, message));
			if (checks.ok()
					&& this.mongo.exists(Query.query(Criteria.where("corporateNumber").is(number)), Company.class)) {
				checks.add("corporateNumber", UserErrorCode.DUPLICATE, "A company with the corporate number " + number
						+ " is already registered. Ask its first" + " member for an invitation code instead.");
			}
			checks.orThrow();
			this.guard.admit(user.subject(), context);
			Company company = new Company(input.name().strip(), number, input.description().strip(),
					(input.capabilities() != null) ? input.capabilities().strip() : "", tags,
					new CompanyMember(user.subject(), user.name(), this.clock.instant()));
			Company stored;
			try {
				stored = this.mongo.insert(company);
			}
			catch (DuplicateKeyException ex) {
				// Two registrations of one number raced; the unique index let one
				// through.
				throw new UserErrorException(UserError.of("corporateNumber", UserErrorCode.DUPLICATE,
						"A company with the corporate number " + number + " is already registered."));
			}
			this.audit.record("company.register", TYPE, stored.getId(), Map.of("status", stored.getStatus(), "name",
					stored.getName(), "corporateNumber", number, "member", user.subject()));
			this.events.publishEvent(new CompanyChanged(stored.getId()));
			return stored;
		}, Company::getId, this::findById);
	}

	@PreAuthorize("hasRole('COMPANY')")
	public Company update(CompanyUpdateInput input) {
		Viewer user = Viewer.require();
		Company company = loadAsMember(input.companyId(), user);
		List<String> tags = (input.tags() != null) ? normalizeTags(input.tags()) : null;
		Checks checks = new Checks();
		if (input.name() != null) {
			checks.text("name", input.name(), MAX_NAME);
			checks.check(company.getStatus() == CompanyStatus.PENDING || input.name().strip().equals(company.getName()),
					"name", UserErrorCode.WRONG_STATE,
					"The name of a verified company is fixed; ask staff if it changed its registered name.");
		}
		if (input.description() != null) {
			checks.text("description", input.description(), MAX_DESCRIPTION);
		}
		checks.optionalText("capabilities", input.capabilities(), MAX_CAPABILITIES);
		if (tags != null) {
			checkTags(checks, tags);
		}
		checks.orThrow();
		Map<String, Object> change = new LinkedHashMap<>();
		if (input.name() != null && !input.name().strip().equals(company.getName())) {
			change.put("name", AuditLog.from(company.getName(), input.name().strip()));
			company.rename(input.name().strip());
		}
		company.describe(strip(input.description()), strip(input.capabilities()), tags);
		if (input.description() != null) {
			change.put("description", input.description().strip());
		}
		if (input.capabilities() != null) {
			change.put("capabilities", input.capabilities().strip());
		}
		if (tags != null) {
			change.put("tags", tags);
		}
		return saveAndAudit(company, "company.update", change);
	}

	@PreAuthorize("hasRole('STAFF')")
	public Company verify(String companyId) {
		Company company = load(companyId);
		CompanyStatus before = company.getStatus();
		company.verify(this.clock.instant());
		return saveAndAudit(company, "company.verify", Map.of("status", AuditLog.from(before, company.getStatus())));
	}

	@PreAuthorize("hasRole('STAFF')")
	public Company suspend(String companyId, String reason) {
		new Checks().text("reason", reason, MAX_REASON).orThrow();
		Company company = load(companyId);
		CompanyStatus before = company.getStatus();
		company.suspend(reason.strip());
		return saveAndAudit(company, "company.suspend",
				Map.of("status", AuditLog.from(before, company.getStatus()), "suspensionReason", reason.strip()));
	}

	@PreAuthorize("hasRole('STAFF')")
	public Company reinstate(String companyId) {
		Company company = load(companyId);
		CompanyStatus before = company.getStatus();
		company.reinstate(this.clock.instant());
		return saveAndAudit(company, "company.reinstate", Map.of("status", AuditLog.from(before, company.getStatus())));
	}

	@PreAuthorize("permitAll()")
	public Connection<Company> list(@Nullable CompanyFilter filter, PageRequest page) {
		boolean staff = Viewer.current().map((viewer) -> viewer.has(Role.STAFF)).orElse(false);
		Criteria criteria = new Criteria();
		CompanyStatus status = (filter != null) ? filter.status() : null;
		if (!staff && status != null && status != CompanyStatus.VERIFIED) {
			return Connection.of(List.of(), page, 0);
		}
		if (status != null || !staff) {
			criteria.and("status").is((status != null) ? status : CompanyStatus.VERIFIED);
		}
		if (filter != null && filter.tag() != null && !filter.tag().isBlank()) {
			criteria.and("tags").is(normalizeTag(filter.tag()));
		}
		if (filter != null && filter.text() != null && !filter.text().isBlank()) {
			Pattern text = Pattern.compile(Pattern.quote(filter.text().strip()), Pattern.CASE_INSENSITIVE);
			criteria.orOperator(Criteria.where("name").regex(text), Criteria.where("description").regex(text),
					Criteria.where("capabilities").regex(text));
		}
		return page(criteria, page);
	}

	@PreAuthorize("hasRole('COMPANY')")
	public Connection<Company> mine(PageRequest page) {
		return page(Criteria.where("members.subject").is(Viewer.require().subject()), page);
	}

	/** The companies among {@code ids} the current caller may see, keyed by id. */
	@PreAuthorize("permitAll()")
	public Map<String, Company> findVisible(Collection<String> ids) {
		Optional<Viewer> viewer = Viewer.current();
		Map<String, Company> visible = new LinkedHashMap<>();
		for (Company company : findAll(ids).values()) {
			if (CompanyAccess.canRead(company, viewer)) {
				visible.put(company.getId(), company);
			}
		}
		return visible;
	}

	/**
	 * Companies by store id whoever asks, keyed by id; for modules that have already
	 * decided the caller may see them.
	 */
	@PreAuthorize("permitAll()")
	public Map<String, Company> findAll(Collection<String> ids) {
		Map<String, Company> found = new LinkedHashMap<>();
		this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Company.class)
			.forEach((company) -> found.put(company.getId(), company));
		return found;
	}

	/** A company by store id, whatever its state and whoever asks. */
	@PreAuthorize("permitAll()")
	public Optional<Company> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Company.class));
	}

	/**
	 * The store ids of the companies the subject belongs to, for access checks elsewhere.
	 */
	@PreAuthorize("permitAll()")
	public Set<String> memberCompanyIds(String subject) {
		Query query = Query.query(Criteria.where("members.subject").is(subject));
		query.fields().include("_id");
		Set<String> ids = new LinkedHashSet<>();
		this.mongo.find(query, Company.class).forEach((company) -> ids.add(company.getId()));
		return ids;
	}

	/** How many companies are in each status: a public-grade figure for reporting. */
	@PreAuthorize("permitAll()")
	public Map<CompanyStatus, Long> countByStatus() {
		Map<CompanyStatus, Long> counts = new java.util.EnumMap<>(CompanyStatus.class);
		for (CompanyStatus status : CompanyStatus.values()) {
			counts.put(status, this.mongo.count(Query.query(Criteria.where("status").is(status)), Company.class));
		}
		return counts;
	}

	/**
	 * The company named by a global id in a mutation's input, if the caller is one of its
	 * members and it is verified (only verified companies propose); a user error on
	 * {@code field} otherwise.
	 */
	@PreAuthorize("hasRole('COMPANY')")
	public Company requireProposingMember(String globalId, String field) {
		Viewer user = Viewer.require();
		Company company = loadAsMember(globalId, field, user);
		if (company.getStatus() != CompanyStatus.VERIFIED) {
			throw new UserErrorException(
					UserError.of(field, UserErrorCode.WRONG_STATE, "Only verified companies submit proposals; "
							+ company.getName() + " is " + company.getStatus() + "."));
		}
		return company;
	}

	private Connection<Company> page(Criteria criteria, PageRequest page) {
		Query query = Query.query(criteria);
		long total = this.mongo.count(query, Company.class);
		query.with(Sort.by(Sort.Direction.ASC, "name").and(Sort.by(Sort.Direction.ASC, "_id")))
			.skip(page.offset())
			.limit(page.limit());
		return Connection.of(this.mongo.find(query, Company.class), page, total);
	}

	private Company saveAndAudit(Company company, String action, Map<String, ?> change) {
		Company saved = this.mongo.save(company);
		this.audit.record(action, TYPE, saved.getId(), change);
		this.events.publishEvent(new CompanyChanged(saved.getId()));
		return saved;
	}

	private Company load(String globalId) {
		return GlobalId.idOf(globalId, TYPE)
			.flatMap(this::findById)
			.orElseThrow(() -> new UserErrorException(
					UserError.of("companyId", UserErrorCode.NOT_FOUND, "No company has the id " + globalId + ".")));
	}

	Company loadAsMember(String globalId, Viewer user) {
		return loadAsMember(globalId, "companyId", user);
	}

	/** The company named in an input, if the user is a member; a user error otherwise. */
	Company loadAsMember(String globalId, String field, Viewer user) {
		UserErrorException notFound = new UserErrorException(
				UserError.of(field, UserErrorCode.NOT_FOUND, "No company has the id " + globalId + "."));
		Company company = GlobalId.idOf(globalId, TYPE).flatMap(this::findById).orElseThrow(() -> notFound);
		if (!CompanyAccess.isMember(company, user)) {
			if (!CompanyAccess.canRead(company, Optional.of(user))) {
				throw notFound;
			}
			throw new UserErrorException(UserError.of(field, UserErrorCode.NOT_ALLOWED,
					"You are not a member of " + company.getName() + "."));
		}
		return company;
	}

	private static void checkTags(Checks checks, List<String> tags) {
		checks.check(tags.size() <= MAX_TAGS, "tags", UserErrorCode.OUT_OF_RANGE,
				"Give at most " + MAX_TAGS + " tags (there are " + tags.size() + ").");
		for (String tag : tags) {
			checks.check(tag.codePointCount(0, tag.length()) <= MAX_TAG, "tags", UserErrorCode.TOO_LONG,
					"A tag has at most " + MAX_TAG + " characters: '" + tag + "' is longer.");
		}
	}

	/** Tags are trimmed, width-normalised, de-duplicated and blank ones dropped. */
	static List<String> normalizeTags(@Nullable List<String> tags) {
		if (tags == null) {
			return List.of();
		}
		return tags.stream().map(CompanyService::normalizeTag).filter((tag) -> !tag.isEmpty()).distinct().toList();
	}

	private static String normalizeTag(String tag) {
		return java.text.Normalizer.normalize(tag, java.text.Normalizer.Form.NFKC).strip();
	}

	private static @Nullable String strip(@Nullable String text) {
		return (text != null) ? text.strip() : null;
	}

}
