package jp.kitakyushu.busters.web.citizen.problems;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.Category;
import jp.kitakyushu.busters.web.ui.ConnectionPage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The problems a citizen posted: a list in every state, and each one with the original
 * text the citizen wrote.
 */
@Controller
class MyProblemsController {

	static final int PAGE_SIZE = 20;

	private static final ConnectionPage LIST = new ConnectionPage("citizen/myProblems", "myProblems", "problems",
			MyProblem.class, "/my/problems", PAGE_SIZE);

	private final ApiClient api;

	MyProblemsController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/my/problems")
	String list(@RequestParam(name = "page", required = false) @Nullable Integer page, Model model) {
		LIST.load(this.api, page, model);
		return "citizen/problems/list";
	}

	@GetMapping("/my/problems/{id}")
	String show(@PathVariable String id, Model model) {
		ApiResult result = this.api.execute("citizen/myProblem", Map.of("id", id));
		if (!result.available()) {
			model.addAttribute("available", false);
			return "citizen/problems/detail";
		}
		Problem problem = result.field("node", Problem.class)
			.filter((node) -> "Problem".equals(node.__typename()))
			// Someone else's problem is not one of mine: it has its public page.
			.filter(Problem::submittedByMe)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("available", true);
		model.addAttribute("problem", problem);
		return "citizen/problems/detail";
	}

	/**
	 * A problem in the list.
	 *
	 * @param id its global id
	 * @param title its title as written
	 * @param status where it is
	 * @param ward its ward
	 * @param createdAt when it was posted
	 * @param updatedAt when it last changed
	 * @param supporterCount how many said "me too"
	 * @param category its category
	 */
	record MyProblem(String id, String title, String status, String ward, Instant createdAt, Instant updatedAt,
			int supporterCount, Category category) {
	}

	/**
	 * One of my problems in full.
	 *
	 * @param __typename the node's type
	 * @param id its global id
	 * @param title its title as written
	 * @param body its description as written
	 * @param status where it is
	 * @param ward its ward
	 * @param createdAt when it was posted
	 * @param updatedAt when it last changed
	 * @param supporterCount how many said "me too"
	 * @param rejectionReason why staff refused it
	 * @param submittedByMe whether the reader posted it
	 * @param history its timeline
	 * @param category its category
	 * @param location its point on the map
	 * @param mergedInto the problem it was folded into
	 * @param themes the themes that took it up
	 */
	record Problem(String __typename, String id, String title, String body, String status, String ward,
			Instant createdAt, Instant updatedAt, int supporterCount, @Nullable String rejectionReason,
			boolean submittedByMe, List<Step> history, Category category, @Nullable Point location,
			@Nullable Ref mergedInto, List<ThemeRef> themes) {
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
	record Ref(String id, String title) {
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
