package jp.kitakyushu.busters.api.system.graphql;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Every feature's {@link NodeLoader}, by GraphQL type: loads objects of any type by store
 * id under that type's visibility rules, for {@code node(id:)} and for search results.
 */
@Component
public class Nodes {

	private final Map<String, NodeLoader> loaders = new HashMap<>();

	Nodes(List<NodeLoader> loaders) {
		for (NodeLoader loader : loaders) {
			loader.nodeTypes().forEach((type) -> this.loaders.put(type, loader));
		}
	}

	/** Whether some feature loads objects of this type. */
	public boolean knows(String type) {
		return this.loaders.containsKey(type);
	}

	/**
	 * The objects of a type among {@code ids} the current caller may see, by store id;
	 * nothing for a type no feature loads.
	 */
	public Map<String, ?> loadVisible(String type, Collection<String> ids) {
		NodeLoader loader = this.loaders.get(type);
		return (loader != null) ? loader.loadVisible(type, ids) : Map.of();
	}

	/**
	 * As {@link #loadVisible(String, Collection)}, for ids the search index found, with
	 * when the index says each last changed ({@link NodeLoader#loadVisibleAt}).
	 */
	public Map<String, ?> loadVisibleAt(String type, Map<String, Instant> indexedChanges) {
		NodeLoader loader = this.loaders.get(type);
		return (loader != null) ? loader.loadVisibleAt(type, indexedChanges) : Map.of();
	}

}
