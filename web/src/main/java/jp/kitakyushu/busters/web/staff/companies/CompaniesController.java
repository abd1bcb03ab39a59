package jp.kitakyushu.busters.web.staff.companies;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import jp.kitakyushu.busters.web.ui.Pager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The companies list, opening on the verification queue (pending companies).
 */
@Controller
class CompaniesController {

	static final int PAGE_SIZE = 20;

	static final List<String> STATUSES = List.of("PENDING", "VERIFIED", "SUSPENDED");

	private final ApiClient api;

	CompaniesController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/staff/companies")
	String list(@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "page", required = false) @Nullable Integer page, Model model) {
		// The queue first: pending unless another standing (or all, "") is asked for.
		String filter = (status == null) ? "PENDING" : (STATUSES.contains(status) ? status : "");
		int current = Pager.page(page);
		Map<String, Object> variables = new HashMap<>(Map.of("first", PAGE_SIZE));
		if (!filter.isEmpty()) {
			variables.put("status", filter);
		}
		Pager.addCursor(variables, current, PAGE_SIZE);
		ApiResult result = this.api.execute("staff/companies", variables);
		model.addAttribute("available", result.has("companies"));
		model.addAttribute("companies", result.list("companies.nodes", Listed.class));
		model.addAttribute("status", filter);
		model.addAttribute("statuses", STATUSES);
		model.addAttribute("pager",
				new Pager(current, PAGE_SIZE, result.field("companies.totalCount", Long.class).orElse(0L),
						"/staff/companies", Map.of("status", filter)));
		return "staff/companies/list";
	}

	/**
	 * A company in the list.
	 *
	 * @param id its global id
	 * @param name its name
	 * @param corporateNumber its 法人番号
	 * @param status its standing
	 * @param tags its keywords
	 * @param createdAt when it registered
	 * @param verifiedAt when staff verified it
	 */
	record Listed(String id, String name, String corporateNumber, String status, List<String> tags, Instant createdAt,
			@Nullable Instant verifiedAt) {
	}

}
