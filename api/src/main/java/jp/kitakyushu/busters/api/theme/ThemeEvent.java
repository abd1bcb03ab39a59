package jp.kitakyushu.busters.api.theme;

import java.util.List;

import jp.kitakyushu.busters.api.system.EntityChanged;

/**
 * Something that happened to a theme, announced after the store has it.
 */
public interface ThemeEvent extends EntityChanged {

	/** The store id of the theme. */
	String themeId();

	@Override
	default String entityType() {
		return ThemeQueries.TYPE;
	}

	@Override
	default List<String> entityIds() {
		return List.of(themeId());
	}

}
