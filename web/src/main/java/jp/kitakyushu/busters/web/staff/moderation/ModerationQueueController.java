package jp.kitakyushu.busters.web.staff.moderation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.staff.FindingMark;
import jp.kitakyushu.busters.web.staff.StaffInput;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.Categories;
import jp.kitakyushu.busters.web.ui.Category;
import jp.kitakyushu.busters.web.ui.Formats;
import jp.kitakyushu.busters.web.ui.Pager;
import jp.kitakyushu.busters.web.ui.Wards;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The moderation queue: submitted problems oldest first (or newest first), each with how
 * long it has waited and how many of its findings wait for a privacy review, narrowed by
 * category, ward and whether a privacy review holds it back.
 */
@Controller
class ModerationQueueController {

	static final int PAGE_SIZE = 20;

	/** The order parameter's value for newest first; anything else is oldest first. */
	static final String NEWEST = "newest";

	/** The review parameter's values: only posts with, or without, findings to check. */
	static final Map<String, Boolean> REVIEW = Map.of("waiting", true, "clear", false);

	private final ApiClient api;

	private final Wards wards;

	private final Formats formats;

	ModerationQueueController(ApiClient api, Wards wards, Formats formats) {
		this.api = api;
		this.wards = wards;
		this.formats = formats;
	}

	@GetMapping("/staff/moderation")
	String queue(@RequestParam(name = "category", required = false) @Nullable String category,
			@RequestParam(name = "ward", required = false) @Nullable String ward,
			@RequestParam(name = "order", required = false) @Nullable String order,
			@RequestParam(name = "review", required = false) @Nullable String review,
			@RequestParam(name = "page", required = false) @Nullable Integer page, Model model) {
		int current = Pager.page(page);
		String orderFilter = NEWEST.equals(order) ? NEWEST : "";
		String wardFilter = (ward != null && Wards.isKnown(ward)) ? ward : "";
		String reviewFilter = (review != null && REVIEW.containsKey(review)) ? review : "";
		String categoryFilter = StaffInput.text(category);
		Map<String, Object> variables = new HashMap<>(
				Map.of("first", PAGE_SIZE, "direction", orderFilter.isEmpty() ? "ASC" : "DESC"));
		if (!categoryFilter.isEmpty()) {
			variables.put("category", categoryFilter);
		}
		if (!wardFilter.isEmpty()) {
			variables.put("ward", wardFilter);
		}
		if (!reviewFilter.isEmpty()) {
			variables.put("awaitingPrivacyReview", REVIEW.get(reviewFilter));
		}
		Pager.addCursor(variables, current, PAGE_SIZE);
		ApiResult result = this.api.execute("staff/moderationQueue", variables);
		model.addAttribute("available", result.has("problems"));
		model.addAttribute("problems", result.list("problems.nodes", Queued.class));
		model.addAttribute("category", categoryFilter);
		model.addAttribute("ward", wardFilter);
		model.addAttribute("order", orderFilter);
		model.addAttribute("review", reviewFilter);
		model.addAttribute("categoryOptions",
				Categories.options(result.list("categories", Category.class), this.formats));
		model.addAttribute("wardOptions", this.wards.options());
		model.addAttribute("pager", new Pager(current, PAGE_SIZE,
				result.field("problems.totalCount", Long.class).orElse(0L), "/staff/moderation",
				Map.of("category", categoryFilter, "ward", wardFilter, "order", orderFilter, "review", reviewFilter)));
		return "staff/moderation/queue";
	}

	/**
	 * A problem in the queue.
	 *
	 * @param id its global id
	 * @param title its title as written
	 * @param body its description as written
	 * @param channel how it came in
	 * @param intakeMethod for staff intake, how
	 * @param ward its ward
	 * @param createdAt when it was posted
	 * @param category its category
	 * @param findings its personal-data findings, without their values
	 */
	record Queued(String id, String title, String body, String channel, @Nullable String intakeMethod, String ward,
			Instant createdAt, Category category, @Nullable List<FindingMark> findings) {

		/**
		 * How many flagged findings staff have not reviewed yet: each holds publishing
		 * back.
		 */
		public long waitingFindings() {
			return FindingMark.waiting(this.findings);
		}

		/** How many spans the public reads masked. */
		public int maskedSpans() {
			return (this.findings == null) ? 0 : this.findings.size();
		}

		/** The start of the description, for the list. */
		public String excerpt() {
			return (this.body.length() > 120) ? this.body.substring(0, 120) + "…" : this.body;
		}

	}

}
