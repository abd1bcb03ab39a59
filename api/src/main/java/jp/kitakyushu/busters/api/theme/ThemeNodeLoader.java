package jp.kitakyushu.busters.api.theme;

import java.util.Collection;
import java.util.Map;

import jp.kitakyushu.busters.api.system.graphql.NodeLoader;

import org.springframework.stereotype.Component;

/**
 * Lets {@code node(id:)} fetch themes under the usual visibility rules (drafts for staff
 * only).
 */
@Component
class ThemeNodeLoader implements NodeLoader<Theme> {

	private final ThemeService themes;

	ThemeNodeLoader(ThemeService themes) {
		this.themes = themes;
	}

	@Override
	public String typeName() {
		return ThemeService.TYPE;
	}

	@Override
	public Map<String, Theme> loadVisible(Collection<String> ids) {
		return this.themes.findVisible(ids);
	}

}
