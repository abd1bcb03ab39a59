package jp.kitakyushu.busters.api.theme;

/**
 * Staff drafted a theme; only staff see it until it is published.
 *
 * @param themeId the store id of the theme
 */
public record ThemeDrafted(String themeId) implements ThemeEvent {
}
