package jp.kitakyushu.busters.api.system.store;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.jspecify.annotations.Nullable;

/**
 * How the embedded store answers a query that names a document by id and adds conditions
 * ({@code {_id: x, version: 3}}, {@code {_id: x, lastStatus: {$ne: s}}}): from the id
 * index, then the conditions on what it found, as MongoDB does. mongo-java-server only
 * uses an index when the query has exactly the index's fields, so without this every
 * optimistic save and every conditional update read the whole collection, and a write
 * cost grew with the store.
 */
final class ByIdFirst {

	private static final Set<String> ID_OPERATORS = Set.of("$eq", "$in");

	private ByIdFirst() {
	}

	/**
	 * The id part of a query that has one and more besides, or null when the query is not
	 * of that kind (the store's own choice of index is then as good as any).
	 */
	static @Nullable Document idPart(Document query, String idField) {
		if (query.size() < 2 || !query.containsKey(idField)) {
			return null;
		}
		Object id = query.get(idField);
		if (id instanceof Document condition && !ID_OPERATORS.containsAll(condition.keySet())) {
			return null;
		}
		if (id instanceof Document condition && condition.containsKey("$eq")) {
			return (condition.size() == 1) ? new Document(idField, condition.get("$eq")) : null;
		}
		return new Document(idField, id);
	}

	/**
	 * The ids a query names documents by ({@code {_id: x}}, {@code {_id: {$eq: x}}} or
	 * {@code {_id: {$in: [...]}}}, with or without further conditions), each once, when
	 * they are all strings or object ids; null otherwise. Values of those types are their
	 * own index keys, so a collection keyed by id finds them directly.
	 */
	static @Nullable List<Object> plainIds(Document query, String idField) {
		if (!query.containsKey(idField)) {
			return null;
		}
		Object id = query.get(idField);
		Collection<?> values;
		if (id instanceof Document condition) {
			if (condition.size() != 1) {
				return null;
			}
			if (condition.get("$eq") != null) {
				values = List.of(condition.get("$eq"));
			}
			else if (condition.get("$in") instanceof Collection<?> in) {
				values = in;
			}
			else {
				return null;
			}
		}
		else {
			values = (id != null) ? List.of(id) : List.of();
		}
		Set<Object> ids = new LinkedHashSet<>();
		for (Object value : values) {
			if (!(value instanceof String) && !(value instanceof ObjectId)) {
				return null;
			}
			ids.add(value);
		}
		return ids.isEmpty() ? null : List.copyOf(ids);
	}

	/** The index that finds documents by the id part, if the collection has one. */
	static <P> @Nullable Index<P> idIndex(List<Index<P>> indexes, Document idPart) {
		for (Index<P> index : indexes) {
			if (index.canHandle(idPart)) {
				return index;
			}
		}
		return null;
	}

}
