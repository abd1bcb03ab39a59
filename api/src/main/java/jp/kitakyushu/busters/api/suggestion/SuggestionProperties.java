package jp.kitakyushu.busters.api.suggestion;

import jp.kitakyushu.busters.search.match.SuggestedMembers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How suggested problems are chosen and how much work a change may cause.
 *
 * @param enabled whether problems are scored against themes as they change (each one a
 * theme match, off the request path)
 * @param perTheme the most problems suggested per theme; the evaluation's figures are at
 * {@value SuggestedMembers#DEFAULT_PER_THEME}
 * @param rescoredPerThemeChange when a theme changes, how many of the problems it wins
 * (clearest first) are scored again
 * @param similarPerThemeChange when a theme changes, how many published problems most
 * like it are scored again, so a new or changed theme can win problems from others (at
 * most 100, a match's limit)
 */
@ConfigurationProperties("busters.suggestions")
record SuggestionProperties(@DefaultValue("true") boolean enabled, @DefaultValue("20") int perTheme,
		@DefaultValue("500") int rescoredPerThemeChange, @DefaultValue("100") int similarPerThemeChange) {

	SuggestionProperties {
		if (perTheme < 0 || rescoredPerThemeChange < 0 || similarPerThemeChange < 0 || similarPerThemeChange > 100) {
			throw new IllegalArgumentException(
					"busters.suggestions: counts must not be negative, and at most 100 similar problems");
		}
	}

}
