package jp.kitakyushu.busters.api.theme;

/**
 * The first proposal to a closed theme was selected.
 *
 * @param themeId the store id of the theme
 */
public record ThemeAwarded(String themeId) implements ThemeEvent {
}
