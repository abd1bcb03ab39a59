package jp.kitakyushu.busters.web.staff.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.kitakyushu.busters.web.staff.FindingMark;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff home: what is waiting for someone today, each with a count and a link to
 * where the work is done. Problems to moderate, companies to verify, proposals to score,
 * themes whose call closes within a week, and milestones due to be paid within two weeks.
 */
@Controller
class StaffHomeController {

	/** Themes closing within this are "closing this week". */
	static final Duration CLOSING_SOON = Duration.ofDays(7);

	/** Milestones due within this (or overdue) with money outstanding are "due". */
	static final Duration DUE_SOON = Duration.ofDays(14);

	private final ApiClient api;

	private final Clock clock;

	@Autowired
	StaffHomeController(ApiClient api) {
		this(api, Clock.systemUTC());
	}

	StaffHomeController(ApiClient api, Clock clock) {
		this.api = api;
		this.clock = clock;
	}

	@GetMapping({ "/staff", "/staff/" })
	String home(Model model) {
		ApiResult result = this.api.execute("staff/home");
		model.addAttribute("available", result.has("moderation"));
		if (!result.has("moderation")) {
			return "staff/home";
		}
		Instant now = this.clock.instant();
		model.addAttribute("moderationCount", result.field("moderation.totalCount", Long.class).orElse(0L));
		model.addAttribute("privacyReviewCount", result.field("privacyReview.totalCount", Long.class).orElse(0L));
		model.addAttribute("moderation", result.list("moderation.nodes", Waiting.class));
		model.addAttribute("pendingCount", result.field("pendingCompanies.totalCount", Long.class).orElse(0L));
		model.addAttribute("pending", result.list("pendingCompanies.nodes", PendingCompany.class));
		model.addAttribute("submittedProposals", result.field("submittedProposals.totalCount", Long.class).orElse(0L));
		List<ToScore> toScore = result.list("shortlisted.nodes", ToScore.class)
			.stream()
			.filter((proposal) -> proposal.review() != null && proposal.review().myEvaluation() == null)
			.toList();
		model.addAttribute("toScore", toScore);
		model.addAttribute("closing",
				result.list("openThemes.nodes", OpenTheme.class)
					.stream()
					.filter((theme) -> theme.closesAt() != null && theme.closesAt().isBefore(now.plus(CLOSING_SOON)))
					.toList());
		model.addAttribute("due", due(result.list("fund.allocations.nodes", Funded.class), now));
		return "staff/home";
	}

	private static List<Due> due(List<Funded> allocations, Instant now) {
		List<Due> due = new ArrayList<>();
		for (Funded allocation : allocations) {
			if (allocation.proposal() == null || allocation.milestones() == null || allocation.remaining() <= 0) {
				continue;
			}
			for (MilestoneDue milestone : allocation.milestones()) {
				if (milestone.outstanding() > 0 && milestone.dueDate().isBefore(now.plus(DUE_SOON))) {
					due.add(new Due(allocation.proposal(), milestone, milestone.dueDate().isBefore(now)));
				}
			}
		}
		due.sort((a, b) -> a.milestone().dueDate().compareTo(b.milestone().dueDate()));
		return due;
	}

	/**
	 * A problem waiting for moderation.
	 *
	 * @param id its global id
	 * @param title its title as written
	 * @param channel how it came in
	 * @param createdAt when
	 * @param findings its personal-data findings, without their values
	 */
	record Waiting(String id, String title, String channel, Instant createdAt, @Nullable List<FindingMark> findings) {

		/** How many flagged findings hold its publishing back. */
		public long waitingFindings() {
			return FindingMark.waiting(this.findings);
		}

	}

	/**
	 * A company waiting to be verified.
	 *
	 * @param id its global id
	 * @param name its name
	 * @param createdAt when it registered
	 */
	record PendingCompany(String id, String name, Instant createdAt) {
	}

	/**
	 * A shortlisted proposal and whether I scored it.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param theme its theme
	 * @param review where the evaluation stands
	 */
	record ToScore(String id, String title, Ref theme, @Nullable Review review) {
	}

	/**
	 * Where one proposal's evaluation stands for me.
	 *
	 * @param myEvaluation my evaluation, if I submitted one
	 * @param evaluationCount how many reviewers have scored
	 */
	record Review(@Nullable Ref myEvaluation, int evaluationCount) {
	}

	/**
	 * An open theme.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param closesAt its deadline
	 * @param proposalCount how many proposals it has
	 */
	record OpenTheme(String id, String title, @Nullable Instant closesAt, int proposalCount) {
	}

	/**
	 * A funded proposal with its milestones.
	 *
	 * @param proposal the proposal
	 * @param remaining allocated but not paid
	 * @param milestones its milestones with what was paid
	 */
	record Funded(@Nullable Ref proposal, long remaining, @Nullable List<MilestoneDue> milestones) {
	}

	/**
	 * A milestone and what is still to pay.
	 *
	 * @param title its title
	 * @param dueDate when it is due
	 * @param outstanding planned minus paid
	 */
	record MilestoneDue(String title, Instant dueDate, long outstanding) {
	}

	/**
	 * A milestone to pay soon.
	 *
	 * @param proposal whose
	 * @param milestone which
	 * @param overdue whether its date has passed
	 */
	record Due(Ref proposal, MilestoneDue milestone, boolean overdue) {
	}

	/**
	 * Another object.
	 *
	 * @param id its global id
	 * @param title its title, where it has one
	 */
	record Ref(String id, @Nullable String title) {
	}

}
