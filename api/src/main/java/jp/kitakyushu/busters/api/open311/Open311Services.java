package jp.kitakyushu.busters.api.open311;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.category.Category;
import jp.kitakyushu.busters.api.category.CategoryCatalog;
import jp.kitakyushu.busters.api.open311.Open311Formats.Items;
import jp.kitakyushu.busters.api.problem.Ward;

import org.springframework.stereotype.Component;

/**
 * Open311 services: one per problem category, each with a definition of the two
 * attributes a request may carry (the ward, and a short title).
 */
@Component
class Open311Services {

	/** The attribute naming the ward. */
	static final String WARD = "WARD";

	/** The attribute giving a short title. */
	static final String TITLE = "TITLE";

	private final CategoryCatalog categories;

	Open311Services(CategoryCatalog categories) {
		this.categories = categories;
	}

	Items list() {
		List<Map<String, Object>> services = new ArrayList<>();
		for (Category category : this.categories.all()) {
			Map<String, Object> service = new LinkedHashMap<>();
			service.put("service_code", category.code());
			service.put("service_name", category.nameJa());
			service.put("description", category.nameJa() + " (" + category.nameEn() + ")");
			service.put("metadata", true);
			service.put("type", "realtime");
			service.put("keywords", category.nameEn());
			service.put("group", "課題 (problems)");
			services.add(service);
		}
		return new Items("service", services);
	}

	Map<String, Object> definition(String code) {
		Category category = this.categories.find(code)
			.orElseThrow(() -> Open311Exception
				.notFound("No service has the code '" + code + "'. GET services.json lists them (one per category)."));
		List<Map<String, Object>> wards = Arrays.stream(Ward.values()).map((ward) -> {
			Map<String, Object> value = new LinkedHashMap<>();
			value.put("key", ward.name());
			value.put("name", ward.nameJa() + " (" + ward.nameEn() + ")");
			return value;
		}).map((value) -> (Map<String, Object>) value).toList();
		Map<String, Object> ward = new LinkedHashMap<>();
		ward.put("variable", true);
		ward.put("code", WARD);
		ward.put("datatype", "singlevaluelist");
		ward.put("required", false);
		ward.put("datatype_description", "区。省略時は address_string の区名から、なければ市全域。");
		ward.put("order", 1);
		ward.put("description", "区 (ward)");
		ward.put("values", new Items("value", wards));
		Map<String, Object> title = new LinkedHashMap<>();
		title.put("variable", true);
		title.put("code", TITLE);
		title.put("datatype", "string");
		title.put("required", false);
		title.put("datatype_description", "120字以内。省略時は description の冒頭。");
		title.put("order", 2);
		title.put("description", "題名 (a short title, at most 120 characters)");
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", category.code());
		definition.put("attributes", new Items("attribute", List.of(ward, title)));
		return definition;
	}

}
