package jp.kitakyushu.busters.api.suggestion;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A theme's suggested problems as last chosen, clearest first: one small record per
 * theme, so reading a page of themes' suggestions is a read by id, whatever the number of
 * scored problems (the embedded store scans a collection for anything but an id).
 *
 * @param themeId the theme's store id
 * @param problemIds its suggested problems' store ids, clearest first
 */
@Document("themeSuggestions")
record ThemeSuggestions(@Id String themeId, List<String> problemIds) {

}
