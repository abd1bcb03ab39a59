package jp.kitakyushu.busters.api.system.index;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jp.kitakyushu.busters.api.system.StoredEntity;
import jp.kitakyushu.busters.search.SearchDocument;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A {@link Searchable} over one stored entity type: the store side is the same for every
 * feature (its collection, entities by id, what changed since when, all of them), so a
 * feature only says how one of its entities looks in the index.
 *
 * @param <T> the stored entity type
 */
public abstract class StoredSearchable<T extends StoredEntity> implements Searchable {

	/** Ids asked for in one read of the store. */
	static final int IDS_PER_READ = 500;

	private final MongoTemplate mongo;

	private final Class<T> type;

	protected StoredSearchable(MongoTemplate mongo, Class<T> type) {
		this.mongo = mongo;
		this.type = type;
	}

	/** The documents the index holds for one entity, as its feature shows it. */
	protected abstract List<SearchDocument> documentsOf(T entity);

	@Override
	public String collection() {
		return this.mongo.getCollectionName(this.type);
	}

	@Override
	public Map<String, List<SearchDocument>> searchDocuments(Collection<String> ids) {
		Map<String, List<SearchDocument>> documents = new LinkedHashMap<>();
		List<String> all = List.copyOf(ids);
		// Read in slices: the embedded store checks each found document against the whole
		// id list again, so one read of 10,000 ids took seconds and held the collection.
		for (int from = 0; from < all.size(); from += IDS_PER_READ) {
			List<String> slice = all.subList(from, Math.min(all.size(), from + IDS_PER_READ));
			this.mongo.find(Query.query(Criteria.where("_id").in(slice)), this.type)
				.forEach((entity) -> documents.put(entity.getId(), documentsOf(entity)));
		}
		return documents;
	}

	@Override
	public Map<String, List<SearchDocument>> searchDocumentsOf(List<?> stored) {
		Map<String, List<SearchDocument>> documents = new LinkedHashMap<>();
		for (Object entity : stored) {
			if (this.type.isInstance(entity)) {
				T typed = this.type.cast(entity);
				documents.put(typed.getId(), documentsOf(typed));
			}
		}
		return documents;
	}

	@Override
	public List<String> changedSince(Instant since) {
		return ids(Query.query(Criteria.where("updatedAt").gte(since)));
	}

	@Override
	public long count() {
		return this.mongo.estimatedCount(this.type);
	}

	@Override
	public Stream<SearchDocument> allSearchDocuments() {
		return all().flatMap((entity) -> documentsOf(entity).stream());
	}

	/**
	 * Every entity in id order, read by id in slices after one read of all the ids. One
	 * query for every entity made the embedded store keep all of them in memory for its
	 * cursor (in the api's own heap: at 100,000 problems more than all of it, so the api
	 * could not rebuild its index at start); a slice holds {@value #IDS_PER_READ}.
	 */
	protected Stream<T> all() {
		List<String> ids = ids(new Query()).stream().sorted().toList();
		int slices = (ids.size() + IDS_PER_READ - 1) / IDS_PER_READ;
		return IntStream.range(0, slices).boxed().flatMap((slice) -> {
			List<String> wanted = ids.subList(slice * IDS_PER_READ, Math.min(ids.size(), (slice + 1) * IDS_PER_READ));
			Map<String, T> found = new HashMap<>();
			this.mongo.find(Query.query(Criteria.where("_id").in(wanted)), this.type)
				.forEach((entity) -> found.put(entity.getId(), entity));
			// One deleted since the ids were read is left out.
			return wanted.stream().map(found::get).filter(Objects::nonNull);
		});
	}

	/** The ids of the entities a query finds, read without the rest of them. */
	private List<String> ids(Query query) {
		query.fields().include("_id");
		return this.mongo.find(query, this.type).stream().map(StoredEntity::getId).toList();
	}

}
