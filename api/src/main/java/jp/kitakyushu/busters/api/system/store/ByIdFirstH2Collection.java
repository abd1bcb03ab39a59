package jp.kitakyushu.busters.api.system.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded file store that finds documents named by id through the id
 * index even when the query has further conditions ({@link ByIdFirst}).
 */
final class ByIdFirstH2Collection extends H2Collection {

	ByIdFirstH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
			MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
		super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
	}

	@Override
	protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
			Document fieldSelector) {
		Document idPart = ByIdFirst.idPart(query, getIdField());
		Index<Object> index = (idPart != null) ? ByIdFirst.idIndex(getIndexes(), idPart) : null;
		if (index == null) {
			return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
		}
		return matchDocuments(query, index.getPositions(idPart), orderBy, numberToSkip, limit, batchSize,
				fieldSelector);
	}

}
