package jp.kitakyushu.busters.web.staff.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kitakyushu.busters.web.staff.StaffInput;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.Categories;
import jp.kitakyushu.busters.web.ui.Category;
import jp.kitakyushu.busters.web.ui.Formats;
import jp.kitakyushu.busters.web.ui.Wards;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The curation board: clusters of similar published problems, narrowed by category, ward
 * and period; the problems staff tick, from one cluster or several, become a theme draft
 * whose title and description start from the clusters' terms and wards, with the usual
 * criteria to adjust.
 */
@Controller
class CurationController {

	static final String VIEW = "staff/curation/board";

	/** How many of the clusters' strongest terms the draft's title names. */
	static final int TITLE_TERMS = 3;

	private final ApiClient api;

	private final Wards wards;

	private final Formats formats;

	private final MessageSource messages;

	CurationController(ApiClient api, Wards wards, Formats formats, MessageSource messages) {
		this.api = api;
		this.wards = wards;
		this.formats = formats;
		this.messages = messages;
	}

	@GetMapping("/staff/curation")
	String board(@RequestParam Map<String, String> parameters, Model model) {
		board(Filter.of(parameters), List.of(), model);
		return VIEW;
	}

	@PostMapping("/staff/curation/draft")
	String draft(@RequestParam Map<String, String> parameters,
			@RequestParam(name = "problem", required = false) @Nullable List<String> picked, Model model,
			RedirectAttributes redirect) {
		Filter filter = Filter.of(parameters);
		List<String> ids = (picked != null) ? picked.stream().filter((id) -> !StaffInput.blank(id)).toList()
				: List.of();
		List<Cluster> clusters = board(filter, ids, model);
		if (ids.isEmpty()) {
			refuse(model, "staff.curation.error.none");
			return VIEW;
		}
		Map<String, Cluster.Member> members = clusters.stream()
			.flatMap((cluster) -> cluster.problems().stream())
			.collect(Collectors.toMap(Cluster.Member::id, Function.identity(), (a, b) -> a));
		if (!members.keySet().containsAll(ids)) {
			// A problem was taken up meanwhile: show the board as it is now.
			refuse(model, "staff.curation.error.gone");
			return VIEW;
		}
		ApiResult created = this.api.execute("staff/themeCreate", Map.of("input", draftInput(clusters, ids, members)));
		Optional<String> theme = created.field("themeCreate.theme.id", String.class);
		if (theme.isEmpty()) {
			refuse(model, created.userErrors("themeCreate").isEmpty() ? "userError.UNAVAILABLE"
					: "userError." + created.userErrors("themeCreate").get(0).code());
			return VIEW;
		}
		redirect.addFlashAttribute("flash", "staff.curation.flash.drafted");
		return "redirect:/staff/themes/" + theme.get();
	}

	/**
	 * Says why no draft was made, above the board; as a form error, so the page's title
	 * starts with "エラー:" like every form that came back.
	 */
	private static void refuse(Model model, String reason) {
		BindingResult errors = new MapBindingResult(new HashMap<>(), "draft");
		errors.reject(reason);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "draft", errors);
		model.addAttribute("pickError", reason);
	}

	private List<Cluster> board(Filter filter, List<String> picked, Model model) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("filter", filter.variables(model));
		ApiResult result = this.api.execute("staff/curation", variables);
		List<Cluster> clusters = result.list("problemClusters", Cluster.class);
		model.addAttribute("available", result.has("problemClusters"));
		model.addAttribute("clusters", clusters);
		model.addAttribute("filter", filter);
		model.addAttribute("picked", picked);
		model.addAttribute("categoryOptions",
				Categories.options(result.list("categories", Category.class), this.formats));
		model.addAttribute("wardOptions", this.wards.options());
		return clusters;
	}

	/**
	 * The draft: the clusters' terms in its title, its problems' wards and count in its
	 * description.
	 */
	private Map<String, Object> draftInput(List<Cluster> clusters, List<String> ids,
			Map<String, Cluster.Member> members) {
		Set<String> terms = new LinkedHashSet<>();
		clusters.stream()
			.filter((cluster) -> cluster.holdsAny(ids))
			.forEach((cluster) -> terms.addAll(cluster.terms()));
		List<String> named = new ArrayList<>(terms).subList(0, Math.min(TITLE_TERMS, terms.size()));
		Map<String, Long> categories = ids.stream()
			.map((id) -> members.get(id).category().code())
			.collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
		String category = categories.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		String wardNames = ids.stream()
			.map((id) -> this.formats.ward(members.get(id).ward()))
			.distinct()
			.collect(Collectors.joining("、"));
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("title", named.isEmpty() ? message("staff.curation.draft.untitled")
				: message("staff.curation.draft.title", String.join("・", named)));
		input.put("description",
				message("staff.curation.draft.description", ids.size(), wardNames, String.join("、", terms)));
		input.put("category", category);
		input.put("problemIds", ids);
		input.put("criteria", List.of(criterion("fit", 40), criterion("feasibility", 30), criterion("value", 30)));
		return input;
	}

	private Map<String, Object> criterion(String key, int weight) {
		return Map.of("name", message("staff.curation.criterion." + key), "weight", weight, "description",
				message("staff.curation.criterion." + key + ".description"));
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/**
	 * The board's filters as typed.
	 *
	 * @param category a category code
	 * @param ward a ward code
	 * @param from the first day of the period
	 * @param to the last day of the period
	 */
	record Filter(String category, String ward, String from, String to) {

		static Filter of(Map<String, String> parameters) {
			String ward = StaffInput.text(parameters.get("ward"));
			return new Filter(StaffInput.text(parameters.get("category")), Wards.isKnown(ward) ? ward : "",
					StaffInput.text(parameters.get("from")), StaffInput.text(parameters.get("to")));
		}

		/** The api's filter; a day that does not parse is flagged for the page. */
		Map<String, Object> variables(Model model) {
			Map<String, Object> filter = new HashMap<>();
			if (!this.category.isEmpty()) {
				filter.put("category", this.category);
			}
			if (!this.ward.isEmpty()) {
				filter.put("ward", this.ward);
			}
			day(this.from, "fromError", model)
				.ifPresent((day) -> filter.put("from", StaffInput.startOf(day).toString()));
			day(this.to, "toError", model)
				.ifPresent((day) -> filter.put("to", StaffInput.startOf(day.plusDays(1)).toString()));
			return filter;
		}

		private static Optional<LocalDate> day(String typed, String flag, Model model) {
			if (typed.isEmpty()) {
				return Optional.empty();
			}
			Optional<LocalDate> day = StaffInput.day(typed);
			if (day.isEmpty()) {
				model.addAttribute(flag, true);
			}
			return day;
		}

	}

}
