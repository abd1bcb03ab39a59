package jp.kitakyushu.busters.api.support;

import java.util.List;

import jp.kitakyushu.busters.api.system.EntityChanged;
import jp.kitakyushu.busters.api.theme.Theme;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Tests set up themes in any state by storing them around the theme feature
 * ({@code ThemeFixtures}). In production every theme is written by the feature, which
 * announces it; here such saves are announced the same way, so the index holds the
 * fixtures as it would hold real themes. (Saves the feature makes itself are announced
 * twice in tests, which rewrites the same document.)
 */
class FixtureWritesAreAnnounced {

	private final ApplicationEventPublisher events;

	FixtureWritesAreAnnounced(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(AfterSaveEvent<?> saved) {
		if (saved.getSource() instanceof Theme theme) {
			this.events.publishEvent(new StoredAroundTheFeature("Theme", List.of(theme.getId())));
		}
	}

	/**
	 * An entity stored by a test fixture.
	 *
	 * @param entityType its GraphQL type
	 * @param entityIds its store id
	 */
	record StoredAroundTheFeature(String entityType, List<String> entityIds) implements EntityChanged {
	}

}
