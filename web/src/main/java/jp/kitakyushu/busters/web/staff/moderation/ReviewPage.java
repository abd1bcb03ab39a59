package jp.kitakyushu.busters.web.staff.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.Category;
import jp.kitakyushu.busters.web.ui.Option;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * Fills the review page of one problem in one request: the problem as written with every
 * personal-data finding marked, the public text staff approve, its duplicate candidates
 * with their own text, and the next problem in the queue.
 */
@Component
class ReviewPage {

	static final String VIEW = "staff/moderation/review";

	private final ApiClient api;

	private final RejectionReasons reasons;

	private final MessageSource messages;

	ReviewPage(ApiClient api, RejectionReasons reasons, MessageSource messages) {
		this.api = api;
		this.reasons = reasons;
		this.messages = messages;
	}

	/**
	 * Adds the page's data to the model, with blank forms where the request brought none,
	 * and returns the view; 404 for no problem.
	 */
	String render(String id, Model model) {
		ApiResult result = this.api.execute("staff/problemReview", Map.of("id", id));
		model.addAttribute("presets", this.reasons.all());
		model.addAttribute("kinds", options("staff.review.kind.", RedactionRequest.KINDS));
		model.addAttribute("wheres", options("staff.review.where.", List.of("TITLE", "BODY")));
		if (!model.containsAttribute(ProblemReviewController.REJECT_FORM)) {
			model.addAttribute(ProblemReviewController.REJECT_FORM, RejectForm.blank());
		}
		if (!model.containsAttribute(ProblemRedactionController.REDACT_FORM)) {
			model.addAttribute(ProblemRedactionController.REDACT_FORM, RedactForm.blank());
		}
		if (!result.available()) {
			model.addAttribute("available", false);
			return VIEW;
		}
		Reviewed problem = result.field("node", Reviewed.class)
			.filter((node) -> "Problem".equals(node.__typename()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("available", true);
		model.addAttribute("problem", problem);
		model.addAttribute("candidates",
				result.list("similarProblems", Candidate.class)
					.stream()
					.filter((candidate) -> candidate.node().id() != null)
					.toList());
		// What the public reads is the api's approved text, never a fresh guess at it.
		model.addAttribute("publicText", PublicText.of(problem.publicTitle(), problem.publicBody()));
		model.addAttribute("original", MarkedOriginal.of(problem.title(), problem.body(), problem.findings()));
		model.addAttribute("queueCount", result.field("queue.totalCount", Long.class).orElse(0L));
		model.addAttribute("next", next(result, id).orElse(null));
		return VIEW;
	}

	/** Choices of the review form, named in the page's language. */
	private List<Option> options(String prefix, List<String> values) {
		return values.stream()
			.map((value) -> new Option(value,
					this.messages.getMessage(prefix + value, null, LocaleContextHolder.getLocale())))
			.toList();
	}

	private static Optional<String> next(ApiResult result, String current) {
		return result.list("queue.nodes", Ref.class)
			.stream()
			.map(Ref::id)
			.filter((id) -> !id.equals(current))
			.findFirst();
	}

	/**
	 * The problem under review, as staff read it (the original).
	 *
	 * @param __typename the node's type
	 * @param id its global id
	 * @param title its title as written
	 * @param body its description as written
	 * @param status where it is
	 * @param channel how it came in
	 * @param intakeMethod for staff intake, how
	 * @param ward its ward
	 * @param supporterCount its supporters
	 * @param createdAt when it was posted
	 * @param updatedAt when it last changed
	 * @param rejectionReason why it was refused
	 * @param publicTitle the title as the public reads it
	 * @param publicBody the description as the public reads it
	 * @param awaitsPrivacyReview whether flagged findings hold back publishing
	 * @param findings the spans the public reads masked
	 * @param category its category
	 * @param location its point
	 * @param contact how to reach its submitter
	 * @param mergedInto where it was folded
	 * @param themes the themes that took it up
	 */
	record Reviewed(String __typename, String id, String title, String body, String status, String channel,
			@Nullable String intakeMethod, String ward, int supporterCount, Instant createdAt, Instant updatedAt,
			@Nullable String rejectionReason, String publicTitle, String publicBody,
			@Nullable Boolean awaitsPrivacyReview, @Nullable List<MarkedOriginal.Finding> findings, Category category,
			@Nullable Point location, @Nullable Contact contact, @Nullable Ref mergedInto, List<ThemeRef> themes) {

		/** Whether moderation can still decide on it. */
		public boolean waiting() {
			return "SUBMITTED".equals(this.status);
		}

		/** Whether flagged findings wait for staff before it can be published. */
		public boolean awaitsReview() {
			return Boolean.TRUE.equals(this.awaitsPrivacyReview);
		}

		/** Whether staff may still decide what of it the public reads. */
		public boolean redactable() {
			return "SUBMITTED".equals(this.status) || isPublic();
		}

		/** Whether the public reads it now, so a review changes the published text. */
		public boolean isPublic() {
			return List.of("PUBLISHED", "ADOPTED", "RESOLVED").contains(this.status);
		}

		/** Whether it can still be merged into another problem. */
		public boolean mergeable() {
			return "SUBMITTED".equals(this.status) || "PUBLISHED".equals(this.status);
		}

	}

	/**
	 * A duplicate candidate.
	 *
	 * @param score how similar
	 * @param terms the terms they share
	 * @param node the candidate
	 */
	record Candidate(double score, List<Term> terms, CandidateProblem node) {

		/** Whether this problem can take in a duplicate (published or adopted). */
		public boolean canTakeIn() {
			return "PUBLISHED".equals(this.node.status()) || "ADOPTED".equals(this.node.status());
		}

	}

	/**
	 * A candidate problem with its own text.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param body its description
	 * @param status where it is
	 * @param ward its ward
	 * @param supporterCount its supporters
	 * @param createdAt when it was posted
	 * @param category its category
	 */
	record CandidateProblem(@Nullable String id, @Nullable String title, @Nullable String body, @Nullable String status,
			@Nullable String ward, int supporterCount, @Nullable Instant createdAt, @Nullable Category category) {
	}

	/**
	 * A shared term.
	 *
	 * @param term the term
	 */
	record Term(String term) {
	}

	/**
	 * Contact details taken down at intake or from the citizen's account.
	 *
	 * @param name a name
	 * @param phone a phone number
	 * @param email an e-mail address
	 * @param address a postal address
	 * @param note anything else
	 */
	record Contact(@Nullable String name, @Nullable String phone, @Nullable String email, @Nullable String address,
			@Nullable String note) {
	}

	/**
	 * A point on the map.
	 *
	 * @param lat latitude
	 * @param lon longitude
	 */
	record Point(double lat, double lon) {
	}

	/**
	 * Another problem.
	 *
	 * @param id its global id
	 * @param title its title
	 */
	record Ref(String id, @Nullable String title) {
	}

	/**
	 * A theme.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 */
	record ThemeRef(String id, String title, String status) {
	}

}
