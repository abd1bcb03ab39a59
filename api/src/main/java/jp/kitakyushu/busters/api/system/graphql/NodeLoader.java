package jp.kitakyushu.busters.api.system.graphql;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * A feature's read side as {@code node(id:)} and search results use it: loads the
 * feature's objects by store id, returning only those the current caller may see.
 */
public interface NodeLoader {

	/** The GraphQL types this read side loads, e.g. {@code Problem}. */
	Set<String> nodeTypes();

	/**
	 * The visible objects of one of {@link #nodeTypes()} among {@code ids}, keyed by
	 * store id; invisible ones are absent.
	 */
	Map<String, ?> loadVisible(String type, Collection<String> ids);

	/**
	 * As {@link #loadVisible(String, Collection)}, for ids the search index found, with
	 * when the index says each last changed: a read side may answer with what it read of
	 * that very change before.
	 */
	default Map<String, ?> loadVisibleAt(String type, Map<String, Instant> indexedChanges) {
		return loadVisible(type, indexedChanges.keySet());
	}

}
