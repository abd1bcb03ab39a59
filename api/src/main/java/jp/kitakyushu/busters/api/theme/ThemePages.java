package jp.kitakyushu.busters.api.theme;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * The page of themes a request listed, so that a field asked of every theme on it is
 * worked out once for the whole page, on the request's thread, not through a data loader.
 * <p>
 * A page of themes with their problems and proposal counts spent a third of its CPU at
 * 100,000 problems in the data loaders' machinery (each batch's dispatch, its context
 * copied in, the controller method called through its proxy, a reactive wrapper), for two
 * batches of ten themes. Themes reached otherwise (a node, a proposal's theme) are not on
 * a page: their fields go through a data loader as before.
 */
public final class ThemePages {

	private static final String PAGE = ThemePages.class.getName() + ".page";

	private static final String ANSWERS = ThemePages.class.getName() + ".answers.";

	private ThemePages() {
	}

	/** Remembers the page of themes this request listed (the last, if it lists more). */
	static void remember(GraphQLContext context, List<Theme> page) {
		context.put(PAGE, page);
	}

	/**
	 * A field's values for every theme on the page that holds the environment's theme,
	 * worked out on the first of them and kept for the others; null when the theme is on
	 * no page this request listed.
	 * @param <V> the field's value
	 * @param environment the field's environment, whose source is a theme
	 * @param field the field's name
	 * @param load the values of a page's themes, by theme id
	 * @return the values by theme id, or null
	 */
	public static <V> @Nullable Map<String, V> answers(DataFetchingEnvironment environment, String field,
			Function<List<Theme>, Map<String, V>> load) {
		Theme theme = environment.getSource();
		GraphQLContext context = environment.getGraphQlContext();
		List<Theme> page = context.get(PAGE);
		if (theme == null || page == null || page.stream().noneMatch((listed) -> listed == theme)) {
			return null;
		}
		Answers<V> known = context.get(ANSWERS + field);
		if (known != null && known.page() == page) {
			return known.byTheme();
		}
		Answers<V> answered = new Answers<>(page, load.apply(page));
		context.put(ANSWERS + field, answered);
		return answered.byTheme();
	}

	private record Answers<V>(List<Theme> page, Map<String, V> byTheme) {
	}

}
