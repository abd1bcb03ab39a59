package jp.kitakyushu.busters.api.theme;

/**
 * A past record of a theme was brought in, in the state it had reached.
 *
 * @param themeId the store id of the theme
 */
public record ThemeImported(String themeId) implements ThemeEvent {
}
