package jp.kitakyushu.busters.web.visitor.home;

import java.time.Instant;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.Category;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the calls open now with their deadlines, the latest public problems, the
 * programme's totals and the fund's, and how the programme works. One api request.
 */
@Controller
class HomeController {

	private final ApiClient api;

	HomeController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/")
	String home(Model model) {
		ApiResult result = this.api.execute("visitor/home");
		model.addAttribute("apiAvailable", result.available());
		model.addAttribute("apiUp", "UP".equals(result.field("health.status", String.class).orElse("DOWN")));
		model.addAttribute("openThemes", result.list("openThemes.nodes", OpenTheme.class));
		model.addAttribute("openThemeCount", result.field("openThemes.totalCount", Long.class).orElse(0L));
		model.addAttribute("themeCount", result.field("themes.totalCount", Long.class).orElse(0L));
		model.addAttribute("recentProblems", result.list("problems.nodes", RecentProblem.class));
		model.addAttribute("problemCount", result.field("problems.totalCount", Long.class).orElse(0L));
		model.addAttribute("resolvedCount", result.field("resolved.totalCount", Long.class).orElse(0L));
		model.addAttribute("fund", result.field("fund", Fund.class).orElse(null));
		return "visitor/home";
	}

	/**
	 * A theme open for proposals.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param closesAt its deadline
	 * @param budgetCap the most one proposal may request
	 * @param proposalCount proposals submitted so far
	 * @param category its category
	 */
	record OpenTheme(String id, String title, @Nullable Instant closesAt, @Nullable Long budgetCap, int proposalCount,
			Category category) {
	}

	/**
	 * A recent public problem, with personal data already masked by the api.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param ward its ward
	 * @param status its status
	 * @param supporterCount how many said "me too"
	 * @param createdAt when it was posted
	 * @param category its category
	 */
	record RecentProblem(String id, String title, String ward, String status, int supporterCount, Instant createdAt,
			Category category) {
	}

	/**
	 * The fund's totals.
	 *
	 * @param contributed given
	 * @param allocated promised to selected proposals
	 * @param disbursed paid out
	 * @param available not yet promised
	 */
	record Fund(long contributed, long allocated, long disbursed, long available) {
	}

}
