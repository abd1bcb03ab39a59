package jp.kitakyushu.busters.web.visitor.themes;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.Categories;
import jp.kitakyushu.busters.web.ui.Category;
import jp.kitakyushu.busters.web.ui.Formats;
import jp.kitakyushu.busters.web.ui.Option;
import jp.kitakyushu.busters.web.ui.Pager;
import jp.kitakyushu.busters.web.ui.Shares;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The themes list and each theme's page, one api request each.
 */
@Controller
class ThemesController {

	static final int PAGE_SIZE = 20;

	/** The states the public list offers, in the order of a theme's life. */
	static final List<String> PUBLIC_STATUSES = List.of("OPEN", "CLOSED", "AWARDED", "CANCELLED");

	private final ApiClient api;

	private final Formats formats;

	ThemesController(ApiClient api, Formats formats) {
		this.api = api;
		this.formats = formats;
	}

	@GetMapping("/themes")
	String list(@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "category", required = false) @Nullable String category,
			@RequestParam(name = "page", required = false) @Nullable String page, Model model) {
		String chosenStatus = (status != null && PUBLIC_STATUSES.contains(status)) ? status : "";
		String chosenCategory = (category != null && category.matches("[A-Z_]{1,40}")) ? category : "";
		int current = Pager.page(number(page));
		Map<String, Object> filter = new LinkedHashMap<>();
		if (!chosenStatus.isEmpty()) {
			filter.put("status", chosenStatus);
		}
		if (!chosenCategory.isEmpty()) {
			filter.put("category", chosenCategory);
		}
		Map<String, Object> variables = new HashMap<>(Map.of("first", PAGE_SIZE, "filter", filter));
		Pager.addCursor(variables, current, PAGE_SIZE);
		ApiResult result = this.api.execute("visitor/themeList", variables);
		model.addAttribute("available", result.available());
		model.addAttribute("themes", result.list("themes.nodes", ThemeRow.class));
		model.addAttribute("status", chosenStatus);
		model.addAttribute("category", chosenCategory);
		model.addAttribute("statusOptions",
				PUBLIC_STATUSES.stream()
					.map((value) -> new Option(value, this.formats.status("theme", value)))
					.toList());
		model.addAttribute("categoryOptions",
				Categories.options(result.list("categories", Category.class), this.formats));
		model.addAttribute("pager",
				new Pager(current, PAGE_SIZE, result.field("themes.totalCount", Long.class).orElse(0L), "/themes",
						Map.of("status", chosenStatus, "category", chosenCategory)));
		return "visitor/themes/list";
	}

	@GetMapping("/themes/{id}")
	String show(@PathVariable String id, Model model) {
		ApiResult result = this.api.execute("visitor/theme", Map.of("id", id));
		model.addAttribute("available", result.available());
		if (result.available()) {
			model.addAttribute("theme",
					result.field("node", ThemePage.class)
						.filter((node) -> "Theme".equals(node.__typename()))
						.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		}
		return "visitor/themes/detail";
	}

	private static @Nullable Integer number(@Nullable String text) {
		try {
			return (text != null) ? Integer.valueOf(text) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * A theme in the list.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 * @param opensAt when the call opens
	 * @param closesAt its deadline
	 * @param budgetCap the most one proposal may request
	 * @param proposalCount proposals submitted
	 * @param category its category
	 */
	record ThemeRow(String id, String title, String status, @Nullable Instant opensAt, @Nullable Instant closesAt,
			@Nullable Long budgetCap, int proposalCount, Category category) {
	}

	/**
	 * A theme's page.
	 *
	 * @param __typename the node's type
	 * @param id its global id
	 * @param title its title
	 * @param description what it asks for
	 * @param status its state
	 * @param budgetCap the most one proposal may request
	 * @param opensAt when the call opens
	 * @param closesAt its deadline
	 * @param acceptingProposals whether proposals can be submitted now
	 * @param cancelReason why it was called off
	 * @param proposalCount proposals submitted
	 * @param expectedOutcomes what a solution should achieve
	 * @param category its category
	 * @param criteria how proposals are scored
	 * @param problems the problems it came from
	 * @param proposals its selected proposals
	 */
	record ThemePage(String __typename, String id, String title, String description, String status,
			@Nullable Long budgetCap, @Nullable Instant opensAt, @Nullable Instant closesAt, boolean acceptingProposals,
			@Nullable String cancelReason, int proposalCount, List<String> expectedOutcomes, Category category,
			List<Criterion> criteria, List<ProblemRef> problems, Proposals proposals) {

		/** Each criterion's weight as a whole percentage, the shares adding up to 100. */
		public List<Integer> shares() {
			return Shares.percentages(this.criteria.stream().map(Criterion::weight).toList());
		}

	}

	/**
	 * How proposals are scored.
	 *
	 * @param name the criterion
	 * @param weight its relative weight
	 * @param description what reviewers look for
	 */
	record Criterion(String name, int weight, String description) {
	}

	/**
	 * A problem the theme came from.
	 *
	 * @param id its global id
	 * @param title its public title
	 * @param ward its ward
	 * @param status its state
	 * @param supporterCount its supporters
	 */
	record ProblemRef(String id, String title, String ward, String status, int supporterCount) {
	}

	/**
	 * The theme's proposals the public sees.
	 *
	 * @param nodes the selected proposals
	 */
	record Proposals(List<Proposal> nodes) {
	}

	/**
	 * A selected proposal's public part and results.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param summary its summary
	 * @param status its state
	 * @param decidedAt when it was selected
	 * @param outcome its results
	 */
	record Proposal(String id, String title, String summary, String status, @Nullable Instant decidedAt,
			@Nullable Outcome outcome) {
	}

	/**
	 * A demonstration's results.
	 *
	 * @param metrics the latest figures
	 * @param resolvedProblems the problems it solved
	 */
	record Outcome(@Nullable Metrics metrics, Resolved resolvedProblems) {
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
	 * Problems a demonstration solved.
	 *
	 * @param nodes the problems
	 */
	record Resolved(List<Ref> nodes) {
	}

	/**
	 * A problem.
	 *
	 * @param id its global id
	 * @param title its public title
	 */
	record Ref(String id, String title) {
	}

}
