package jp.kitakyushu.busters.web.company.themes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.kitakyushu.busters.web.company.MyCompanies;
import jp.kitakyushu.busters.web.company.MyCompanies.Company;
import jp.kitakyushu.busters.web.company.ThemeMatch;
import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.Category;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The themes that fit one of my organisations, best first, each with the terms that
 * matched its stated capabilities and the passages that show why; then every open theme
 * by its deadline. A member of several organisations picks one (a plain GET form).
 */
@Controller
class ThemesForUsController {

	/** How many ranked themes the page shows. */
	static final int RANKED = 5;

	private final ApiClient api;

	private final MyCompanies companies;

	ThemesForUsController(ApiClient api, MyCompanies companies) {
		this.api = api;
		this.companies = companies;
	}

	@GetMapping("/company/themes")
	String themes(@RequestParam(name = "company", required = false) @Nullable String companyId, Model model) {
		MyCompanies.Loaded loaded = this.companies.load();
		Optional<Company> company = loaded.chosen(companyId);
		model.addAttribute("companies", loaded.companies());
		model.addAttribute("company", company.orElse(null));
		String text = company.map(Company::profileText).orElse("");
		ApiResult result = text.isEmpty() ? this.api.execute("company/openThemes")
				: this.api.execute("company/themesForUs", Map.of("text", text));
		model.addAttribute("available", loaded.available() && result.has("themes"));
		List<ThemeMatch> ranked = ThemeMatch.openOnly(result.list("matchThemes", ThemeMatch.class))
			.stream()
			.limit(RANKED)
			.toList();
		model.addAttribute("ranked", ranked);
		Set<String> rankedIds = ranked.stream().map((match) -> match.node().id()).collect(Collectors.toSet());
		model.addAttribute("rankedIds", rankedIds);
		model.addAttribute("openThemes", result.list("themes.nodes", OpenTheme.class));
		model.addAttribute("canPropose", company.map(Company::verified).orElse(false));
		return "company/themes/list";
	}

	/**
	 * An open theme.
	 *
	 * @param id its global id
	 * @param title its title
	 * @param description what it asks for
	 * @param status its state
	 * @param acceptingProposals whether it takes proposals now
	 * @param budgetCap the most a proposal may request
	 * @param opensAt when its call opens
	 * @param closesAt its deadline
	 * @param category its category
	 */
	record OpenTheme(String id, String title, String description, String status, boolean acceptingProposals,
			@Nullable Long budgetCap, @Nullable Instant opensAt, @Nullable Instant closesAt,
			@Nullable Category category) {
	}

}
