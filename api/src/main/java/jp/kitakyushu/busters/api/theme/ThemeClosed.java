package jp.kitakyushu.busters.api.theme;

/**
 * A theme's call deadline passed and the closing job stored it as closed.
 *
 * @param themeId the store id of the theme
 */
public record ThemeClosed(String themeId) implements ThemeEvent {
}
