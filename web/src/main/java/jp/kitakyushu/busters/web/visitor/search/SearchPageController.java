package jp.kitakyushu.busters.web.visitor.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.Highlighted;
import jp.kitakyushu.busters.web.ui.Pager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: a plain GET form (no JavaScript needed), results from the api's
 * {@code search} as the visitor may see them, matches marked, each linking to its page.
 */
@Controller
class SearchPageController {

	static final int MAX_QUERY = 200;

	static final int PAGE_SIZE = 20;

	private final ApiClient api;

	SearchPageController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) @Nullable String query,
			@RequestParam(name = "page", required = false) @Nullable Integer page, Model model) {
		String q = (query != null) ? query.strip() : "";
		model.addAttribute("q", q);
		if (q.isEmpty()) {
			return "visitor/search";
		}
		if (q.codePointCount(0, q.length()) > MAX_QUERY) {
			model.addAttribute("error", "search.error.tooLong");
			return "visitor/search";
		}
		int current = Pager.page(page);
		Map<String, Object> variables = new HashMap<>(Map.of("query", q, "first", PAGE_SIZE));
		Pager.addCursor(variables, current, PAGE_SIZE);
		ApiResult result = this.api.execute("visitor/search", variables);
		if (!result.available()) {
			model.addAttribute("error", "search.error.unavailable");
			return "visitor/search";
		}
		if (!result.has("search")) {
			// The api refused the query (e.g. only symbols): say so rather than "nothing
			// found".
			model.addAttribute("error", "search.error.query");
			return "visitor/search";
		}
		long total = result.field("search.totalCount", Long.class).orElse(0L);
		model.addAttribute("results", result.list("search.nodes", Result.class));
		model.addAttribute("partial", result.field("search.partial", Boolean.class).orElse(false));
		model.addAttribute("pager", new Pager(current, PAGE_SIZE, total, "/search", Map.of("q", q)));
		return "visitor/search";
	}

	/**
	 * One result as the page shows it.
	 *
	 * @param title the marked title
	 * @param passages the marked passages
	 * @param node what was found
	 */
	record Result(Highlighted title, List<Highlighted> passages, Found node) {

		/** The page of what was found. */
		public String href() {
			return switch (this.node.__typename()) {
				case "Problem" -> "/problems/" + this.node.id();
				case "Theme" -> "/themes/" + this.node.id();
				case "Proposal" -> (this.node.theme() != null)
						? "/themes/" + this.node.theme().id() + "#proposal-" + this.node.id() : "/themes";
				case "Company" -> "/companies/" + this.node.id();
				default -> "/search";
			};
		}

		/** The kind and state to show on a badge, e.g. problem / PUBLISHED. */
		public @Nullable String status() {
			return switch (this.node.__typename()) {
				case "Problem" -> this.node.status();
				case "Theme" -> this.node.themeStatus();
				case "Proposal" -> this.node.proposalStatus();
				default -> null;
			};
		}

		public String kind() {
			return this.node.__typename().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * What a result is.
	 *
	 * @param __typename the kind (Problem, Theme, Proposal, Company)
	 * @param id its global id
	 * @param ward its ward, for problems
	 * @param status a problem's status
	 * @param themeStatus a theme's status
	 * @param proposalStatus a proposal's status
	 * @param theme a proposal's theme
	 */
	record Found(String __typename, String id, @Nullable String ward, @Nullable String status,
			@Nullable String themeStatus, @Nullable String proposalStatus, @Nullable Ref theme) {
	}

	/**
	 * A reference to another object.
	 *
	 * @param id its global id
	 */
	record Ref(String id) {
	}

}
