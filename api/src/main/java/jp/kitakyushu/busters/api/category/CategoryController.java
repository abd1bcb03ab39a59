package jp.kitakyushu.busters.api.category;

import java.util.List;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The {@code categories} query.
 */
@Controller
class CategoryController {

	private final CategoryCatalog categories;

	CategoryController(CategoryCatalog categories) {
		this.categories = categories;
	}

	@QueryMapping
	@PreAuthorize("permitAll()")
	List<Category> categories() {
		return this.categories.all();
	}

}
