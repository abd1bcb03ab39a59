package jp.kitakyushu.busters.api.problem;

import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.audit.AuditLog;
import jp.kitakyushu.busters.api.category.Category;
import jp.kitakyushu.busters.api.category.CategoryCatalog;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ContactInput;
import jp.kitakyushu.busters.api.problem.ProblemInputs.GeoPointInput;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemSubmitInput;
import jp.kitakyushu.busters.api.problem.ProblemInputs.ProblemSubmitOnBehalfInput;
import jp.kitakyushu.busters.api.system.graphql.Checks;
import jp.kitakyushu.busters.api.system.graphql.UserErrorCode;
import jp.kitakyushu.busters.api.system.security.Viewer;
import jp.kitakyushu.busters.api.system.submission.IdempotencyKeys;
import jp.kitakyushu.busters.api.system.submission.SubmissionGuard;
import jp.kitakyushu.busters.api.system.submission.Submitter;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Takes problems in: from citizens on the web, from staff on a citizen's behalf, and from
 * outside channels. Every text is checked before anything is stored, and the public copy
 * has personal data masked; the findings are kept for staff's review.
 */
@Service
public class ProblemIntake {

	static final int MAX_TITLE = 120;

	static final int MAX_BODY = 4000;

	private final MongoTemplate mongo;

	private final ProblemQueries queries;

	private final CategoryCatalog categories;

	private final AuditLog audit;

	private final SubmissionGuard guard;

	private final IdempotencyKeys idempotency;

	private final ApplicationEventPublisher events;

	ProblemIntake(MongoTemplate mongo, ProblemQueries queries, CategoryCatalog categories, AuditLog audit,
			SubmissionGuard guard, IdempotencyKeys idempotency, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.queries = queries;
		this.categories = categories;
		this.audit = audit;
		this.guard = guard;
		this.idempotency = idempotency;
		this.events = events;
	}

	@PreAuthorize("hasRole('CITIZEN')")
	public Problem submit(ProblemSubmitInput input, Submitter submitter) {
		Viewer citizen = Viewer.require();
		return this.idempotency.once("problemSubmit", citizen.subject(), input.idempotencyKey(), () -> {
			checkContent(input.title(), input.body(), input.category(), input.location()).orThrow();
			this.guard.admit(submitter);
			Contact contact = new Contact(citizen.name(), null, citizen.email(), null, null);
			List<TextFinding> findings = ProblemMasking.detect(input.title(), input.body());
			return create(
					new Problem(input.title(), input.body(),
							ProblemMasking.publicText(input.title(), ProblemText.TITLE, findings),
							ProblemMasking.publicText(input.body(), ProblemText.BODY, findings), input.category(),
							input.ward(), point(input.location()), Channel.WEB, null, citizen.subject(), null, contact),
					findings);
		}, Problem::getId, this.queries::findById);
	}

	@PreAuthorize("hasRole('STAFF')")
	public Problem submitOnBehalf(ProblemSubmitOnBehalfInput input) {
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
			// A clerk on the phone all day must not run into the citizens' limit.
			this.guard.admitStaffIntake(staff.subject());
			List<TextFinding> findings = ProblemMasking.detect(input.title(), input.body());
			return create(new Problem(input.title(), input.body(),
					ProblemMasking.publicText(input.title(), ProblemText.TITLE, findings),
					ProblemMasking.publicText(input.body(), ProblemText.BODY, findings), input.category(), input.ward(),
					point(input.location()), Channel.PROXY, input.intakeMethod(), null, staff.subject(),
					new Contact(contact.name(), contact.phone(), contact.email(), contact.address(), contact.note())),
					findings);
		}, Problem::getId, this.queries::findById);
	}

	/**
	 * Takes in a problem from an outside channel (Open311) on behalf of someone with no
	 * account; the submitter names the channel.
	 */
	public Problem submitFromChannel(String title, String body, String category, Ward ward, @Nullable GeoPoint location,
			Contact contact, Submitter submitter) {
		checkContent(title, body, category,
				(location != null) ? new GeoPointInput(location.lat(), location.lon()) : null)
			.orThrow();
		this.guard.admit(submitter);
		List<TextFinding> findings = ProblemMasking.detect(title, body);
		return create(new Problem(title, body, ProblemMasking.publicText(title, ProblemText.TITLE, findings),
				ProblemMasking.publicText(body, ProblemText.BODY, findings), category, ward, location, Channel.OPEN311,
				null, null, null, contact), findings);
	}

	private Problem create(Problem problem, List<TextFinding> findings) {
		problem.keepFindings(findings);
		Problem stored = this.mongo.insert(problem);
		// No free text: the original title may hold personal data, and the audit trail
		// is kept long after staff have masked it in the problem itself.
		this.audit.record("problem.submit", ProblemQueries.TYPE, stored.getId(), Map.of("status", stored.getStatus(),
				"channel", stored.getChannel(), "findings", ProblemMasking.auditSummary(findings)));
		this.events.publishEvent(new ProblemSubmitted(stored));
		return stored;
	}

	/**
	 * What intake checks of a problem's content, every mistake at once; also for
	 * previews.
	 */
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
