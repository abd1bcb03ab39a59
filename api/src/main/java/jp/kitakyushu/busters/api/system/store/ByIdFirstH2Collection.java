package jp.kitakyushu.busters.api.system.store;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded file store that finds documents named by id in its data
 * map, which is keyed by id, even when the query has further conditions
 * ({@link ByIdFirst}).
 */
final class ByIdFirstH2Collection extends H2Collection {

	ByIdFirstH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
			MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
		super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
	}

	@Override
	protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
			Document fieldSelector) {
		List<Object> ids = (getIdField() != null) ? ByIdFirst.plainIds(query, getIdField()) : null;
		if (ids != null) {
			// The data map is keyed by the id itself: read the documents there. The id
			// index would find the same ones, but H2 compares its keys (which are not
			// comparable objects) by serializing both sides: at 10,000 documents some
			// thirty Java serializations per id looked up.
			Stream<Document> found = ids.stream().map(this::getDocument).filter(Objects::nonNull);
			return matchDocumentsFromStream(found, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}
		Document idPart = ByIdFirst.idPart(query, getIdField());
		Index<Object> index = (idPart != null) ? ByIdFirst.idIndex(getIndexes(), idPart) : null;
		if (index == null) {
			return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}
		return matchDocuments(query, index.getPositions(idPart), orderBy, numberToSkip, limit, batchSize,
				fieldSelector);
	}

}
