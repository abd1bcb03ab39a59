package jp.kitakyushu.busters.api.company;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyRegisterInput;
import jp.kitakyushu.busters.api.company.CompanyInputs.CompanyUpdateInput;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.graphql.UserErrorException;
import jp.kitakyushu.busters.api.system.security.Viewer;
import jp.kitakyushu.busters.api.system.submission.IdempotencyKeys;
import jp.kitakyushu.busters.api.system.submission.SubmissionGuard;
import jp.kitakyushu.busters.api.system.submission.Submitter;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A company's own side: registration with a checked corporate number by its first member,
 * and keeping the profile up to date.
 */
@Service
public class CompanyRegistration {

	static final int MAX_NAME = 200;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_CAPABILITIES = 4000;

	static final int MAX_TAGS = 20;

	static final int MAX_TAG = 40;

	private final MongoTemplate mongo;

	private final CompanyQueries queries;

	private final AuditLog audit;

	private final SubmissionGuard guard;

	private final IdempotencyKeys idempotency;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CompanyRegistration(MongoTemplate mongo, CompanyQueries queries, AuditLog audit, SubmissionGuard guard,
			IdempotencyKeys idempotency, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.queries = queries;
		this.audit = audit;
		this.guard = guard;
		this.idempotency = idempotency;
		this.events = events;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('COMPANY')")
	public Company register(CompanyRegisterInput input, Submitter submitter) {
		Viewer user = Viewer.require();
		return this.idempotency.once("companyRegister", user.subject(), input.idempotencyKey(), () -> {
			String number = CorporateNumber.normalize(input.corporateNumber());
			List<String> tags = CompanyQueries.normalizeTags(input.tags());
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
			this.guard.admit(submitter);
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
			this.audit.record("company.register", CompanyQueries.TYPE, stored.getId(), Map.of("status",
					stored.getStatus(), "name", stored.getName(), "corporateNumber", number, "member", user.subject()));
			this.events.publishEvent(new CompanyRegistered(stored.getId()));
			return stored;
		}, Company::getId, this.queries::findById);
	}

	@PreAuthorize("hasRole('COMPANY')")
	public Company update(CompanyUpdateInput input) {
		Viewer user = Viewer.require();
		Company company = this.queries.loadAsMember(input.companyId(), "companyId", user);
		List<String> tags = (input.tags() != null) ? CompanyQueries.normalizeTags(input.tags()) : null;
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
		Company saved = this.mongo.save(company);
		this.audit.record("company.update", CompanyQueries.TYPE, saved.getId(), change);
		this.events.publishEvent(new CompanyProfileEdited(saved.getId()));
		return saved;
	}

	private static void checkTags(Checks checks, List<String> tags) {
		checks.check(tags.size() <= MAX_TAGS, "tags", UserErrorCode.OUT_OF_RANGE,
				"Give at most " + MAX_TAGS + " tags (there are " + tags.size() + ").");
		for (String tag : tags) {
			checks.check(tag.codePointCount(0, tag.length()) <= MAX_TAG, "tags", UserErrorCode.TOO_LONG,
					"A tag has at most " + MAX_TAG + " characters: '" + tag + "' is longer.");
		}
	}

	private static @Nullable String strip(@Nullable String text) {
		return (text != null) ? text.strip() : null;
	}

}
