package jp.kitakyushu.busters.api.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.kitakyushu.busters.api.system.EntityChanged;
import jp.kitakyushu.busters.api.system.index.IndexAttributes;
import jp.kitakyushu.busters.api.system.index.Searchable;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.index.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;

/**
 * Writes exactly the entities an event names into the index, as the feature that owns
 * them shows them (read back from the store unless the event hands them over), so whoever
 * wrote finds their write in search when the request returns: the index makes every
 * search wait for the writes before it. A failure here never fails the write: the store
 * has it, and the {@link IndexFollower} brings the index up to date.
 */
class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final SearchIndex index;

	private final Map<String, Searchable> sources;

	SearchIndexer(SearchIndex index, List<Searchable> sources, List<IndexAttributes> attributes) {
		this.index = index;
		this.sources = sources.stream()
			.map((source) -> AttributedSearchable.of(source, attributes))
			.collect(Collectors.toMap(Searchable::entityType, Function.identity()));
	}

	@EventListener
	void on(EntityChanged event) {
		Searchable source = this.sources.get(event.entityType());
		if (source == null) {
			return;
		}
		try {
			// Entities the writer handed over are indexed as they were stored, without
			// reading them back.
			Map<String, List<SearchDocument>> handed = source.searchDocumentsOf(event.stored());
			if (handed.keySet().containsAll(event.entityIds())) {
				write(source, event.entityIds(), handed, false);
			}
			else {
				write(source, event.entityIds(), false);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not index {} {} after a change; the index follower will bring it up to date: {}",
					event.entityType(), event.entityIds(), ex.toString());
		}
	}

	/** The sources by entity type. */
	Collection<Searchable> sources() {
		return this.sources.values();
	}

	/**
	 * Writes the current documents of these entities and deletes the documents they no
	 * longer have. With {@code onlyNewer}, documents the index already holds at the same
	 * or a later change are left alone, so following the store rewrites nothing this
	 * instance indexed itself.
	 */
	Written write(Searchable source, Collection<String> ids, boolean onlyNewer) {
		return write(source, ids, source.searchDocuments(ids), onlyNewer);
	}

	/**
	 * As {@link #write(Searchable, Collection, boolean)}, with the current documents
	 * given.
	 */
	private Written write(Searchable source, Collection<String> ids, Map<String, List<SearchDocument>> current,
			boolean onlyNewer) {
		Set<String> candidates = new HashSet<>();
		ids.forEach((id) -> candidates.addAll(source.documentIds(id)));
		Map<String, Instant> held = onlyNewer ? this.index.updatedAt(candidates) : Map.of();
		Set<String> produced = new HashSet<>();
		int written = 0;
		Instant newest = null;
		for (List<SearchDocument> documents : current.values()) {
			for (SearchDocument document : documents) {
				produced.add(document.id());
				newest = (newest == null || document.updatedAt().isAfter(newest)) ? document.updatedAt() : newest;
				Instant have = held.get(document.id());
				if (have != null && !document.updatedAt().isAfter(have)) {
					continue;
				}
				this.index.upsert(document);
				written++;
			}
		}
		List<String> gone = new ArrayList<>();
		for (String candidate : candidates) {
			if (!produced.contains(candidate) && (!onlyNewer || held.containsKey(candidate))) {
				gone.add(candidate);
			}
		}
		for (String id : gone) {
			this.index.delete(id);
		}
		return new Written(written + gone.size(), Optional.ofNullable(newest));
	}

	/**
	 * What one write did.
	 *
	 * @param count documents written or deleted
	 * @param newest the latest change among the documents read
	 */
	record Written(int count, Optional<Instant> newest) {
	}

}
