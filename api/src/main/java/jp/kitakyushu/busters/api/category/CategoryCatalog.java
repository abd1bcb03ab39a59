package jp.kitakyushu.busters.api.category;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The categories problems and themes can be filed under: configured, or the programme's
 * ten when nothing is configured.
 */
@Component
@EnableConfigurationProperties(CategoryProperties.class)
public class CategoryCatalog {

	static final List<Category> DEFAULTS = List.of(new Category("CHILDCARE", "子育て", "Child-rearing"),
			new Category("ELDERLY", "高齢者・福祉", "Older people and welfare"),
			new Category("DISASTER_SAFETY", "防災・安全", "Disaster prevention and safety"),
			new Category("TRANSPORT", "交通・移動", "Transport and mobility"),
			new Category("ENVIRONMENT", "環境・ごみ", "Environment and waste"),
			new Category("TOURISM", "観光・にぎわい", "Tourism and town life"),
			new Category("INDUSTRY", "産業・雇用", "Industry and jobs"), new Category("EDUCATION", "教育", "Education"),
			new Category("ADMINISTRATION", "行政手続き", "Administrative procedures"),
			new Category("OTHER", "その他", "Other"));

	private final Map<String, Category> byCode = new LinkedHashMap<>();

	CategoryCatalog(CategoryProperties properties) {
		List<Category> configured = properties.categories().isEmpty() ? DEFAULTS : properties.categories();
		configured.forEach((category) -> this.byCode.put(category.code(), category));
	}

	/** All categories in display order. */
	public List<Category> all() {
		return List.copyOf(this.byCode.values());
	}

	/** The category with this code, if it is configured. */
	public Optional<Category> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/**
	 * The category with this code; a stored code no longer configured shows as itself.
	 */
	public Category get(String code) {
		return this.byCode.getOrDefault(code, new Category(code, code, code));
	}

}
