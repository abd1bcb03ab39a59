package jp.kitakyushu.busters.web.staff.themes;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.Category;
import jp.kitakyushu.busters.web.ui.Pager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every theme, drafts included, with its call window and proposals, narrowed by state.
 */
@Controller
class ThemeListController {

	static final int PAGE_SIZE = 20;

	static final List<String> STATUSES = List.of("DRAFT", "OPEN", "CLOSED", "AWARDED", "CANCELLED");

	private final ApiClient api;

	ThemeListController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/staff/themes")
	String list(@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "page", required = false) @Nullable Integer page, Model model) {
		int current = Pager.page(page);
		String filter = (status != null && STATUSES.contains(status)) ? status : "";
		Map<String, Object> variables = new HashMap<>(Map.of("first", PAGE_SIZE));
		if (!filter.isEmpty()) {
			variables.put("status", filter);
		}
		Pager.addCursor(variables, current, PAGE_SIZE);
		ApiResult result = this.api.execute("staff/themes", variables);
		model.addAttribute("available", result.has("themes"));
		model.addAttribute("themes", result.list("themes.nodes", Listed.class));
		model.addAttribute("status", filter);
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("pager", new Pager(current, PAGE_SIZE,
				result.field("themes.totalCount", Long.class).orElse(0L), "/staff/themes", Map.of("status", filter)));
		return "staff/themes/list";
	}

	/**
	 * A theme in the list.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param status its state
	 * @param opensAt when the call opens
	 * @param closesAt the deadline
	 * @param budgetCap the most one proposal may request
	 * @param proposalCount its proposals
	 * @param createdAt when it was drafted
	 * @param category its category
	 */
	record Listed(String id, String title, String status, @Nullable Instant opensAt, @Nullable Instant closesAt,
			@Nullable Long budgetCap, int proposalCount, Instant createdAt, Category category) {
	}

}
