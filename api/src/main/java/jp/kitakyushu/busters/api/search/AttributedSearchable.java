package jp.kitakyushu.busters.api.search;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.index.IndexAttributes;
import jp.kitakyushu.busters.api.system.index.Searchable;
import jp.kitakyushu.busters.search.SearchDocument;

/**
 * A feature's entities as the index holds them, with the attributes other features keep
 * about them ({@link IndexAttributes}) added to each document: every write, follow and
 * rebuild goes through it, so no path writes a document without them.
 */
final class AttributedSearchable implements Searchable {

	private final Searchable source;

	private final List<IndexAttributes> attributes;

	private AttributedSearchable(Searchable source, List<IndexAttributes> attributes) {
		this.source = source;
		this.attributes = attributes;
	}

	/** The source itself when no feature adds attributes to its entities. */
	static Searchable of(Searchable source, List<IndexAttributes> all) {
		List<IndexAttributes> mine = all.stream()
			.filter((attributes) -> attributes.entityType().equals(source.entityType()))
			.toList();
		return mine.isEmpty() ? source : new AttributedSearchable(source, mine);
	}

	@Override
	public String entityType() {
		return this.source.entityType();
	}

	@Override
	public String collection() {
		return this.source.collection();
	}

	@Override
	public Map<String, List<SearchDocument>> searchDocuments(Collection<String> ids) {
		return add(this.source.searchDocuments(ids));
	}

	@Override
	public Map<String, List<SearchDocument>> searchDocumentsOf(List<?> stored) {
		return add(this.source.searchDocumentsOf(stored));
	}

	@Override
	public List<String> documentIds(String id) {
		return this.source.documentIds(id);
	}

	@Override
	public List<String> changedSince(Instant since) {
		return this.source.changedSince(since);
	}

	@Override
	public long count() {
		return this.source.count();
	}

	@Override
	public Stream<SearchDocument> allSearchDocuments() {
		// One read of every value (a few per theme), not one per document.
		Map<IndexAttributes, Map<String, Set<String>>> values = new LinkedHashMap<>();
		this.attributes.forEach((attributes) -> values.put(attributes, attributes.allValues()));
		return this.source.allSearchDocuments().map((document) -> {
			String id = GlobalId.decode(document.id()).map(GlobalId::id).orElse(document.id());
			SearchDocument result = document;
			for (Map.Entry<IndexAttributes, Map<String, Set<String>>> entry : values.entrySet()) {
				result = result.withAttribute(entry.getKey().attribute(), entry.getValue().getOrDefault(id, Set.of()));
			}
			return result;
		});
	}

	private Map<String, List<SearchDocument>> add(Map<String, List<SearchDocument>> documents) {
		if (documents.isEmpty()) {
			return documents;
		}
		Map<String, List<SearchDocument>> result = new LinkedHashMap<>(documents);
		for (IndexAttributes attributes : this.attributes) {
			List<String> asked = documents.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().stream().anyMatch(attributes::mayHold))
				.map(Map.Entry::getKey)
				.toList();
			Map<String, Set<String>> values = asked.isEmpty() ? Map.of() : attributes.valuesOf(asked);
			result.replaceAll((id, list) -> list.stream()
				.map((document) -> document.withAttribute(attributes.attribute(), values.getOrDefault(id, Set.of())))
				.toList());
		}
		return result;
	}

}
