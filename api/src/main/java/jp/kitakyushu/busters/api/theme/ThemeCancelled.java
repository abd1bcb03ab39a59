package jp.kitakyushu.busters.api.theme;

import java.util.List;

/**
 * Staff called a theme off, with a reason.
 *
 * @param themeId the store id of the theme
 * @param title the theme's title
 * @param problemIds the store ids of its source problems
 * @param wasOpen whether it had been published (and so had taken its problems up)
 */
public record ThemeCancelled(String themeId, String title, List<String> problemIds,
		boolean wasOpen) implements ThemeEvent {

	public ThemeCancelled {
		problemIds = List.copyOf(problemIds);
	}

}
