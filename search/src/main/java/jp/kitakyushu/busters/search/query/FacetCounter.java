package jp.kitakyushu.busters.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.kitakyushu.busters.search.index.IndexFields;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;

/**
 * Counts facet values over plain sorted-set doc values; the per-reader ordinal maps are
 * built once per searcher generation and dropped when that reader closes.
 */
final class FacetCounter {

	/** Values returned per facet. */
	static final int DEFAULT_FACET_SIZE = 20;

	private final Map<IndexReader.CacheKey, Map<String, StringDocValuesReaderState>> states = new ConcurrentHashMap<>();

	Map<String, List<FacetCount>> count(IndexReader reader, FacetsCollector matches) throws IOException {
		Map<String, StringDocValuesReaderState> byField = statesOf(reader);
		Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
		for (String field : IndexFields.FACET_FIELDS) {
			StringValueFacetCounts counts = new StringValueFacetCounts(state(reader, byField, field), matches);
			FacetResult result = counts.getTopChildren(DEFAULT_FACET_SIZE, field);
			List<FacetCount> values = new ArrayList<>();
			if (result != null) {
				for (LabelAndValue value : result.labelValues) {
					values.add(new FacetCount(value.label, value.value.longValue()));
				}
			}
			facets.put(field, values);
		}
		return facets;
	}

	private Map<String, StringDocValuesReaderState> statesOf(IndexReader reader) {
		IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
		if (helper == null) {
			return new ConcurrentHashMap<>();
		}
		return this.states.computeIfAbsent(helper.getKey(), (key) -> {
			helper.addClosedListener(this.states::remove);
			return new ConcurrentHashMap<>();
		});
	}

	private static StringDocValuesReaderState state(IndexReader reader, Map<String, StringDocValuesReaderState> cache,
			String field) throws IOException {
		StringDocValuesReaderState state = cache.get(field);
		if (state == null) {
			state = new StringDocValuesReaderState(reader, field);
			cache.put(field, state);
		}
		return state;
	}

}
