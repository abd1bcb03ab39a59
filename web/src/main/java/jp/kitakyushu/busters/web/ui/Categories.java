package jp.kitakyushu.busters.web.ui;

import java.util.List;

/**
 * Helpers for the api's configurable list of categories.
 */
public final class Categories {

	private Categories() {
	}

	/** The categories as choices of a select, named in the page's language. */
	public static List<Option> options(List<Category> categories, Formats formats) {
		return categories.stream().map((category) -> new Option(category.code(), formats.category(category))).toList();
	}

}
