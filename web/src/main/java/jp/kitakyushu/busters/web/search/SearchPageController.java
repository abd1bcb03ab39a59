package jp.kitakyushu.busters.web.search;

import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: a plain GET form (no JavaScript needed), results from the api's
 * {@code search} as the visitor may see them, matches marked.
 */
@Controller
class SearchPageController {

	static final int MAX_QUERY = 200;

	private static final String SEARCH = """
			query Search($query: String!) {
			  search(query: $query, first: 20) {
			    totalCount
			    nodes {
			      title { text highlights { start end } }
			      passages { text highlights { start end } }
			      node { __typename ... on Problem { ward } }
			    }
			  }
			}""";

	private final ApiClient api;

	SearchPageController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) @Nullable String query, Model model) {
		String q = (query != null) ? query.strip() : "";
		model.addAttribute("q", q);
		if (q.isEmpty()) {
			return "search";
		}
		if (q.length() > MAX_QUERY) {
			model.addAttribute("error", "search.error.tooLong");
			return "search";
		}
		ApiResult result = this.api.execute(SEARCH, Map.of("query", q));
		if (!result.available()) {
			model.addAttribute("error", "search.error.unavailable");
			return "search";
		}
		model.addAttribute("total", result.field("search.totalCount", Integer.class).orElse(0));
		model.addAttribute("results", result.field("search.nodes", Result[].class).map(List::of).orElse(List.of()));
		if (result.field("search", Object.class).isEmpty()) {
			// The api refused the query (e.g. only symbols): say so rather than "nothing
			// found".
			model.addAttribute("error", "search.error.query");
		}
		return "search";
	}

	/**
	 * One result as the page shows it.
	 *
	 * @param title the marked title
	 * @param passages the marked passages
	 * @param node what was found: its kind and status
	 */
	public record Result(Highlighted title, List<Highlighted> passages, Found node) {
	}

	/**
	 * What a result is.
	 *
	 * @param __typename the kind (Problem, Theme, Proposal, Company)
	 * @param ward its ward, for problems
	 */
	public record Found(String __typename, @Nullable String ward) {
	}

}
