package jp.kitakyushu.busters.api.theme;

/**
 * Staff changed a draft theme.
 *
 * @param themeId the store id of the theme
 */
public record ThemeEdited(String themeId) implements ThemeEvent {
}
