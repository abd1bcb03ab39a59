package jp.kitakyushu.busters.web.staff.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.Category;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * Fills the review page of one problem in one request: the problem as written, its
 * duplicate candidates with their own text, and the next problem in the queue.
 */
@Component
class ReviewPage {

	static final String VIEW = "staff/moderation/review";

	private final ApiClient api;

	private final RejectionReasons reasons;

	ReviewPage(ApiClient api, RejectionReasons reasons) {
		this.api = api;
		this.reasons = reasons;
	}

	/** Adds the page's data to the model and returns the view; 404 for no problem. */
	String render(String id, Model model) {
		ApiResult result = this.api.execute("staff/problemReview", Map.of("id", id));
		model.addAttribute("presets", this.reasons.all());
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
		model.addAttribute("publicText", publicText(problem).orElse(null));
		model.addAttribute("queueCount", result.field("queue.totalCount", Long.class).orElse(0L));
		model.addAttribute("next", next(result, id).orElse(null));
		return VIEW;
	}

	/**
	 * The public text as the api masks it on publication, from the original; empty when
	 * the api cannot tell (then publishing still publishes the masked text).
	 */
	private Optional<PublicText> publicText(Reviewed problem) {
		Map<String, Object> input = Map.of("title", problem.title(), "body", problem.body(), "category",
				problem.category().code());
		ApiResult result = this.api.execute("staff/problemPublicText", Map.of("input", input));
		Optional<String> title = result.field("problemPreview.title", String.class);
		Optional<String> body = result.field("problemPreview.body", String.class);
		if (title.isEmpty() || body.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(PublicText.of(title.get(), body.get()));
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
	 * @param category its category
	 * @param location its point
	 * @param contact how to reach its submitter
	 * @param mergedInto where it was folded
	 * @param themes the themes that took it up
	 */
	record Reviewed(String __typename, String id, String title, String body, String status, String channel,
			@Nullable String intakeMethod, String ward, int supporterCount, Instant createdAt, Instant updatedAt,
			@Nullable String rejectionReason, Category category, @Nullable Point location, @Nullable Contact contact,
			@Nullable Ref mergedInto, List<ThemeRef> themes) {

		/** Whether moderation can still decide on it. */
		public boolean waiting() {
			return "SUBMITTED".equals(this.status);
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
