package jp.kitakyushu.busters.api.system.index;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.SearchDocument;

/**
 * Attributes a feature keeps about another feature's entities and adds to their search
 * documents (matching's suggested theme of a problem), so the owner of the entities need
 * not know of them. The search feature adds them to every document it writes.
 */
public interface IndexAttributes {

	/** The GraphQL type of the entities whose documents get the attributes. */
	String entityType();

	/** The attribute's name in the index. */
	String attribute();

	/**
	 * The attribute's values for these entities, by store id; entities without values are
	 * absent.
	 */
	Map<String, Set<String>> valuesOf(Collection<String> ids);

	/**
	 * Whether an entity whose document this is may have values at all: false spares the
	 * store a question whose answer is known (a problem just taken in is suggested for no
	 * theme), on the request that wrote it.
	 */
	default boolean mayHold(SearchDocument document) {
		return true;
	}

	/** Every entity's values, for a rebuild; entities without values are absent. */
	Map<String, Set<String>> allValues();

}
