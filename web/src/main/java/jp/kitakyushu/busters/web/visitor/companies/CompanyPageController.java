package jp.kitakyushu.busters.web.visitor.companies;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.web.system.ApiClient;
import jp.kitakyushu.busters.web.system.ApiResult;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A company's public profile: what anyone may read of a verified company.
 */
@Controller
class CompanyPageController {

	private final ApiClient api;

	CompanyPageController(ApiClient api) {
		this.api = api;
	}

	@GetMapping("/companies/{id}")
	String show(@PathVariable String id, Model model) {
		ApiResult result = this.api.execute("visitor/company", Map.of("id", id));
		model.addAttribute("available", result.available());
		if (result.available()) {
			model.addAttribute("company",
					result.field("node", Company.class)
						.filter((node) -> "Company".equals(node.__typename()))
						.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		}
		return "visitor/company";
	}

	/**
	 * A company's public profile.
	 *
	 * @param __typename the node's type
	 * @param id its global id
	 * @param name its registered name
	 * @param description what it does
	 * @param capabilities what it can do
	 * @param tags keywords
	 * @param corporateNumber its 法人番号
	 * @param status its state
	 * @param verifiedAt when staff verified it
	 */
	record Company(String __typename, String id, String name, String description, String capabilities,
			List<String> tags, String corporateNumber, String status, @Nullable Instant verifiedAt) {
	}

}
