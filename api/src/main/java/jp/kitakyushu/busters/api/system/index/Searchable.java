package jp.kitakyushu.busters.api.system.index;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.search.SearchDocument;

/**
 * One feature's entities as the search index holds them. The feature builds the documents
 * (masked text, reader tokens from its access rule); the search feature keeps the index
 * in step by asking for exactly the entities that changed.
 */
public interface Searchable {

	/** The GraphQL type of the entities, as in their global ids and their events. */
	String entityType();

	/** The store collection the entities live in, followed for changes made elsewhere. */
	String collection();

	/**
	 * The documents of these entities as the store has them now, by entity id; an entity
	 * that no longer exists is absent.
	 */
	Map<String, List<SearchDocument>> searchDocuments(Collection<String> ids);

	/**
	 * The documents of entities a change handed over as it stored them
	 * ({@link jp.kitakyushu.busters.api.system.EntityChanged#stored()}), by entity id;
	 * entities of other types are left out.
	 */
	default Map<String, List<SearchDocument>> searchDocumentsOf(List<?> stored) {
		return Map.of();
	}

	/**
	 * Every document id an entity may have, so that documents it no longer has (or all of
	 * them, once it is gone) are deleted.
	 */
	default List<String> documentIds(String id) {
		return List.of(GlobalId.encode(entityType(), id));
	}

	/**
	 * The ids of the entities changed at or after an instant, for followers that poll.
	 */
	List<String> changedSince(Instant since);

	/** How many entities there are, for progress while rebuilding. */
	long count();

	/** Every entity's documents, for a rebuild; the stream may hold a store cursor. */
	Stream<SearchDocument> allSearchDocuments();

}
