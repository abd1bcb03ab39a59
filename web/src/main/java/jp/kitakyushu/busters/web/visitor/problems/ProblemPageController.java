package jp.kitakyushu.busters.web.visitor.problems;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.Category;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A problem's public page: its text as the public reads it, where it is in its life and
 * how it got there, who supports it, the themes that took it up with their selected
 * proposals and results, and similar problems. Two api requests: the problem, and the
 * similar ones apart, so that a failure in matching never hides the problem.
 */
@Controller
class ProblemPageController {

	private final ApiClient api;

	ProblemPageController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/problems/{id}")
	String show(@PathVariable String id, Model model) {
		ApiResult result = this.api.execute("visitor/problem", Map.of("id", id));
		if (!result.available()) {
			model.addAttribute("available", false);
			return "visitor/problems/detail";
		}
		Problem problem = result.field("node", Problem.class)
			.filter((node) -> "Problem".equals(node.__typename()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("available", true);
		model.addAttribute("problem", problem);
		// A second request: when matching fails (a problem the index does not hold yet),
		// the page still shows the problem, only without similar ones.
		model.addAttribute("similar",
				this.api.execute("visitor/problemSimilar", Map.of("id", id))
					.list("similarProblems", Similar.class)
					.stream()
					.map(Similar::node)
					.filter((node) -> node != null && node.id() != null)
					.toList());
		return "visitor/problems/detail";
	}

	/**
	 * A problem as the public reads it.
	 *
	 * @param __typename the node's type
	 * @param id its global id
	 * @param title its public title
	 * @param body its public description
	 * @param status its status
	 * @param ward its ward
	 * @param createdAt when it was posted
	 * @param supporterCount how many said "me too"
	 * @param supportedByMe whether the reader did
	 * @param submittedByMe whether the reader posted it
	 * @param category its category
	 * @param location its point, if given
	 * @param mergedInto the problem it was folded into
	 * @param history its timeline
	 * @param themes the themes that took it up
	 */
	record Problem(String __typename, String id, String title, String body, String status, String ward,
			Instant createdAt, int supporterCount, boolean supportedByMe, boolean submittedByMe, Category category,
			@Nullable Point location, @Nullable Ref mergedInto, List<Step> history, List<ThemeRef> themes) {

		/** Whether citizens can say "me too" to it in its present state. */
		public boolean supportable() {
			return "PUBLISHED".equals(this.status) || "ADOPTED".equals(this.status);
		}

		/** The selected proposals of all its themes. */
		public List<Proposal> proposals() {
			return this.themes.stream().flatMap((theme) -> theme.proposals().nodes().stream()).toList();
		}

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
	 * @param title its public title
	 */
	record Ref(String id, String title) {
	}

	/**
	 * One step of the timeline.
	 *
	 * @param status the status reached
	 * @param at when
	 */
	record Step(String status, Instant at) {
	}

	/**
	 * A theme that took the problem up.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its status
	 * @param closesAt its deadline
	 * @param proposals its proposals the public may see (the selected ones)
	 */
	record ThemeRef(String id, String title, String status, @Nullable Instant closesAt, Proposals proposals) {
	}

	/**
	 * A page of proposals.
	 *
	 * @param nodes the proposals
	 */
	record Proposals(List<Proposal> nodes) {
	}

	/**
	 * A selected proposal's public part and what its demonstration achieved.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param summary its summary
	 * @param status its status
	 * @param outcome its results, if any were recorded
	 */
	record Proposal(String id, String title, String summary, String status, @Nullable Outcome outcome) {
	}

	/**
	 * A demonstration's results.
	 *
	 * @param metrics the latest figures
	 */
	record Outcome(@Nullable Metrics metrics) {
	}

	/**
	 * Figures of a demonstration.
	 *
	 * @param asOf the date they describe
	 * @param staffHoursSavedPerYear staff hours saved a year
	 * @param citizensReached citizens reached
	 * @param satisfactionChangePoints change in satisfaction, in points
	 */
	record Metrics(Instant asOf, long staffHoursSavedPerYear, long citizensReached, double satisfactionChangePoints) {
	}

	/**
	 * A similar problem.
	 *
	 * @param node the problem
	 */
	record Similar(@Nullable SimilarProblem node) {
	}

	/**
	 * A similar problem's summary.
	 *
	 * @param id its global id
	 * @param title its public title
	 * @param ward its ward
	 * @param status its status
	 * @param supporterCount its supporters
	 */
	record SimilarProblem(@Nullable String id, @Nullable String title, @Nullable String ward, @Nullable String status,
			int supporterCount) {
	}

}
