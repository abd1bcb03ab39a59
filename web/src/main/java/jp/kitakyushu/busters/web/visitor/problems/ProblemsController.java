package jp.kitakyushu.busters.web.visitor.problems;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.Categories;
import jp.kitakyushu.busters.web.ui.Category;
import jp.kitakyushu.busters.web.ui.Formats;
import jp.kitakyushu.busters.web.ui.Highlighted;
import jp.kitakyushu.busters.web.ui.Option;
import jp.kitakyushu.busters.web.ui.Pager;
import jp.kitakyushu.busters.web.ui.Wards;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The public problems list: without search words, the api's list with filters and an
 * order (newest or most supported); with search words, the api's search, best matches
 * first, with the words marked. Either way facet counts (category, ward, status) to
 * narrow by, as links. A plain GET form, so it works without JavaScript and every state
 * of the list has its own link.
 */
@Controller
class ProblemsController {

	static final int PAGE_SIZE = 20;

	private final ApiClient api;

	private final Formats formats;

	private final Wards wards;

	ProblemsController(ApiClient api, Formats formats, Wards wards) {
		this.api = api;
		this.formats = formats;
		this.wards = wards;
	}

	@GetMapping("/problems")
	String list(@ModelAttribute("query") ProblemQuery query, BindingResult ignoredBadValues, Model model) {
		int page = Pager.page(query.page());
		model.addAttribute("wardOptions", this.wards.options());
		model.addAttribute("statusOptions",
				ProblemQuery.PUBLIC_STATUSES.stream()
					.sorted(Comparator.comparing(List.of("PUBLISHED", "ADOPTED", "RESOLVED")::indexOf))
					.map((status) -> new Option(status, this.formats.status("problem", status)))
					.toList());
		if (query.wordsTooLong()) {
			model.addAttribute("error", "search.error.tooLong");
			model.addAttribute("categoryOptions", List.of());
			return "visitor/problems/list";
		}
		Map<String, Object> variables = new HashMap<>(Map.of("first", PAGE_SIZE, "filter", query.filter()));
		Pager.addCursor(variables, page, PAGE_SIZE);
		ApiResult result;
		List<ProblemItem> items;
		long total;
		if (query.searching()) {
			variables.put("query", query.words());
			result = this.api.execute("visitor/problemSearch", variables);
			items = result.list("search.nodes", SearchRow.class).stream().map(SearchRow::item).toList();
			total = result.field("search.totalCount", Long.class).orElse(0L);
			if (result.available() && !result.has("search")) {
				model.addAttribute("error", "search.error.query");
			}
		}
		else {
			variables.put("orderBy",
					Map.of("field", query.mostSupported() ? "SUPPORTER_COUNT" : "CREATED_AT", "direction", "DESC"));
			result = this.api.execute("visitor/problemList", variables);
			items = result.list("problems.nodes", ListRow.class).stream().map(ListRow::item).toList();
			total = result.field("problems.totalCount", Long.class).orElse(0L);
		}
		List<Category> categories = result.list("categories", Category.class);
		model.addAttribute("available", result.available());
		model.addAttribute("categoryOptions", Categories.options(categories, this.formats));
		model.addAttribute("problems", items);
		model.addAttribute("pager", new Pager(page, PAGE_SIZE, total, "/problems", query.parameters()));
		model.addAttribute("facets",
				facets(result, query.searching() ? "search.facets." : "problemFacets.", query, categories));
		return "visitor/problems/list";
	}

	/**
	 * The facet links, from the search's counts or, without search words, the list's own;
	 * only values the list offers as filters become links.
	 */
	private List<Facet> facets(ApiResult result, String at, ProblemQuery query, List<Category> categories) {
		Map<String, String> categoryNames = new HashMap<>();
		categories.forEach((category) -> categoryNames.put(category.code(), this.formats.category(category)));
		List<Facet> facets = new ArrayList<>();
		facets.add(facet(result, at, "category", query, query.categoryCode(), categoryNames::containsKey,
				(code) -> categoryNames.getOrDefault(code, code)));
		facets.add(facet(result, at, "ward", query, query.wardCode(), Wards::isKnown, this.formats::ward));
		facets.add(facet(result, at, "status", query, query.statusCode(), ProblemQuery.PUBLIC_STATUSES::contains,
				(code) -> this.formats.status("problem", code)));
		return facets;
	}

	private static Facet facet(ApiResult result, String at, String name, ProblemQuery query, String selected,
			Predicate<String> offered, Function<String, String> label) {
		List<Facet.Value> values = result.list(at + name, Count.class)
			.stream()
			.filter((count) -> count.count() > 0 && offered.test(count.value()))
			.sorted(Comparator.comparingInt(Count::count).reversed())
			.map((count) -> new Facet.Value(label.apply(count.value()), count.count(),
					new Pager(1, PAGE_SIZE, 0, "/problems", query.with(name, count.value()).parameters()).url(1),
					count.value().equals(selected)))
			.toList();
		return new Facet(name, values);
	}

	/**
	 * A facet value's count, as the api reports it.
	 *
	 * @param value the value
	 * @param count how many matches have it
	 */
	record Count(String value, int count) {
	}

	/**
	 * A problem from the api's list.
	 *
	 * @param id its global id
	 * @param title its public title
	 * @param ward its ward
	 * @param status its status
	 * @param supporterCount its supporters
	 * @param createdAt when it was posted
	 * @param category its category
	 */
	record ListRow(String id, String title, String ward, String status, int supporterCount, Instant createdAt,
			Category category) {

		ProblemItem item() {
			return new ProblemItem(this.id, new Highlighted(this.title, List.of()), List.of(), this.ward, this.status,
					this.supporterCount, this.createdAt, this.category);
		}

	}

	/**
	 * A problem from the api's search.
	 *
	 * @param title its marked public title
	 * @param passages its marked passages
	 * @param node the problem
	 */
	record SearchRow(Highlighted title, List<Highlighted> passages, Node node) {

		ProblemItem item() {
			return new ProblemItem(this.node.id(), this.title, this.passages, this.node.ward(), this.node.status(),
					this.node.supporterCount(), this.node.createdAt(), this.node.category());
		}

	}

	/**
	 * The problem a search result is.
	 *
	 * @param id its global id
	 * @param ward its ward
	 * @param status its status
	 * @param supporterCount its supporters
	 * @param createdAt when it was posted
	 * @param category its category
	 */
	record Node(String id, String ward, String status, int supporterCount, Instant createdAt, Category category) {
	}

}
