package jp.kitakyushu.busters.api.theme;

import java.util.List;

/**
 * Staff published a theme: it is open for proposals, and it took up its source problems.
 *
 * @param themeId the store id of the theme
 * @param title the theme's title
 * @param problemIds the store ids of the problems it took up
 */
public record ThemePublished(String themeId, String title, List<String> problemIds) implements ThemeEvent {

	public ThemePublished {
		problemIds = List.copyOf(problemIds);
	}

}
