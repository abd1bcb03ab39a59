package jp.kitakyushu.busters.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.DocumentType;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Builds the non-scoring part of a query: document types and keyword filters. Values of
 * one key are alternatives; different keys must all hold.
 */
public final class Filters {

	private static final Set<String> CORE_KEYWORDS = Set.of(IndexFields.CATEGORY, IndexFields.WARD, IndexFields.STATUS,
			IndexFields.TAG);

	private Filters() {
	}

	/**
	 * The keyword field a filter key refers to: {@code category}, {@code ward},
	 * {@code status} and {@code tag} are built in, any other key is an attribute.
	 * @param key filter key
	 * @return the field name
	 */
	public static String field(String key) {
		return CORE_KEYWORDS.contains(key) ? key : IndexFields.attribute(key);
	}

	/**
	 * Adds the filters to a query as non-scoring clauses.
	 * @param scoring the scoring query
	 * @param types allowed types, all when empty
	 * @param filters keyword filters
	 * @return the filtered query
	 */
	public static Query apply(Query scoring, Set<DocumentType> types, Map<String, Set<String>> filters) {
		Query filter = of(types, filters);
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(scoring, BooleanClause.Occur.MUST);
		if (filter != null) {
			query.add(filter, BooleanClause.Occur.FILTER);
		}
		return query.build();
	}

	/**
	 * The non-scoring clause {@link #apply} adds: the documents of the types that pass
	 * the filters.
	 * @param types allowed types, all when empty
	 * @param filters keyword filters
	 * @return the clause, or {@code null} when every document passes
	 */
	public static @Nullable Query of(Set<DocumentType> types, Map<String, Set<String>> filters) {
		List<Query> parts = new ArrayList<>();
		if (!types.isEmpty() && types.size() < DocumentType.values().length) {
			parts.add(anyOf(IndexFields.TYPE, types.stream().map(Enum::name).toList()));
		}
		filters.forEach((key, values) -> parts.add(anyOf(field(key), List.copyOf(values))));
		if (parts.isEmpty()) {
			return null;
		}
		return (parts.size() == 1) ? parts.get(0) : FilterConjunction.of(parts);
	}

	private static Query anyOf(String field, List<String> values) {
		if (values.size() == 1) {
			return new TermQuery(new Term(field, values.get(0)));
		}
		return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
	}

}
