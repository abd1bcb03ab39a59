package jp.kitakyushu.busters.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.index.DocValuesReader;
import jp.kitakyushu.busters.search.index.Filters;
import jp.kitakyushu.busters.search.index.IndexFields;
import jp.kitakyushu.busters.search.index.KeptPerGeneration;
import jp.kitakyushu.busters.search.index.KeptPerReader;
import jp.kitakyushu.busters.search.index.SearchIndex;
import jp.kitakyushu.busters.search.index.ShortKeys;
import jp.kitakyushu.busters.search.index.WatchedScope;
import jp.kitakyushu.busters.search.query.ListFilter.AllOf;
import jp.kitakyushu.busters.search.query.ListFilter.AnyOf;
import jp.kitakyushu.busters.search.query.ListFilter.Between;
import jp.kitakyushu.busters.search.query.ListFilter.ContainsText;
import jp.kitakyushu.busters.search.query.ListFilter.KeywordIn;
import jp.kitakyushu.busters.search.query.ListFilter.TypeIn;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Lists documents by keyword, range and text filters in a given order, with the exact
 * number that match and, on request, facet counts: what a paged list of a store would
 * answer, at a cost that does not grow with the store for the page itself.
 */
public final class DocumentLists {

	/**
	 * How many pages are kept for the current reader: each distinct filter, order and
	 * page is one (a text filter's pages are mostly one-offs).
	 */
	private static final int MOST_PAGES_KEPT = 1_000;

	/** A list not restricted to the watched scope. */
	static final long NO_GENERATION = Long.MIN_VALUE;

	private final SearchIndex index;

	private final @Nullable KeptPerReader<ListRequest, ListResults> pages;

	/** The scope whose lists are kept per its generation, or null. */
	private final @Nullable WatchedScope scope;

	private final @Nullable KeptPerGeneration<ListRequest, ListResults> scopePages;

	private final FacetCounter facets = new FacetCounter();

	private final CountsPerReader counts = new CountsPerReader();

	/**
	 * Lists documents of the given index.
	 * @param index the index
	 */
	public DocumentLists(SearchIndex index) {
		this(index, true);
	}

	/**
	 * Lists documents of the given index, keeping each page for as long as the index's
	 * reader stays the same, or working out every page anew (to time the work itself).
	 * @param index the index
	 * @param keepPages whether pages are kept per reader
	 */
	public DocumentLists(SearchIndex index, boolean keepPages) {
		this.index = index;
		this.pages = keepPages ? new KeptPerReader<>(MOST_PAGES_KEPT) : null;
		this.scope = null;
		this.scopePages = null;
	}

	/**
	 * Lists documents of the given index, keeping the pages of lists restricted to the
	 * scope (every public list: the public's reader token) for as long as no document in
	 * the scope is written, and the others' for as long as the reader stays the same. A
	 * private submission then leaves the public's pages as they are.
	 * @param index the index
	 * @param scope the scope, watched by the index
	 */
	public DocumentLists(SearchIndex index, WatchedScope scope) {
		this.index = index;
		this.pages = new KeptPerReader<>(MOST_PAGES_KEPT);
		this.scope = scope;
		this.scopePages = new KeptPerGeneration<>(MOST_PAGES_KEPT);
	}

	/**
	 * Answers one page of a list.
	 * @param request the filter, order and page
	 * @return the page's document ids, the total and the facets
	 */
	public ListResults list(ListRequest request) {
		Query query = new ConstantScoreQuery(toQuery(request.filter()));
		// Read before the search begins: the search then shows every write the
		// generation counts.
		WatchedScope watched = this.scope;
		long generation = (watched != null && inScope(request.filter())) ? watched.generation() : NO_GENERATION;
		return this.index.withSearcher((searcher) -> request.facets() ? withFacets(searcher, query, request)
				: keptPage(searcher, query, request, generation));
	}

	/** Whether only documents in the scope can match: it is one of the filter's musts. */
	private boolean inScope(ListFilter filter) {
		WatchedScope watched = this.scope;
		if (watched == null || this.scopePages == null) {
			return false;
		}
		return switch (filter) {
			case KeywordIn keyword ->
				keyword.key().equals(watched.key()) && keyword.values().equals(Set.of(watched.value()));
			case AllOf all -> all.filters().stream().anyMatch(this::inScope);
			default -> false;
		};
	}

	/**
	 * A page as this reader answered it before, or worked out and kept. The same public
	 * pages are asked over and over while the index does not change (a new reader comes
	 * only with a write), and a reader never changes: a page it answered once is the page
	 * it answers again. Working one out was most of a one-ward page's CPU at 100,000
	 * problems (the window's conjunction walked every public problem), and a tenth of a
	 * page of themes'. A page cut short by the time limit is not kept.
	 */
	private ListResults keptPage(IndexSearcher searcher, Query query, ListRequest request, long generation)
			throws IOException {
		KeptPerReader<ListRequest, ListResults> kept = this.pages;
		if (kept == null) {
			return page(searcher, query, request, NO_GENERATION);
		}
		KeptPerGeneration<ListRequest, ListResults> scoped = (generation != NO_GENERATION) ? this.scopePages : null;
		IndexReader reader = searcher.getIndexReader();
		ListResults known = (scoped != null) ? scoped.get(generation, request) : kept.get(reader, request);
		if (known != null) {
			return known;
		}
		ListResults found = page(searcher, query, request, generation);
		ListResults fixed = new ListResults(found.totalCount(), List.copyOf(found.ids()), found.facets(),
				List.copyOf(found.changedAt()));
		if (!SearchIndex.timedOut()) {
			if (scoped != null) {
				scoped.put(generation, request, fixed);
			}
			else {
				kept.put(reader, request, fixed);
			}
		}
		return fixed;
	}

	private ListResults page(IndexSearcher searcher, Query query, ListRequest request, long generation)
			throws IOException {
		int wanted = Math.max(1, request.offset() + request.limit());
		// The total and the page apart: collecting the page with an exact total visited
		// every match with the sort's comparators, so a page cost grew with the matches
		// (twice as much at 100,000 problems as at 10,000). The index counts from what it
		// keeps per segment where it can (a term's document count, a cached filter), and
		// the page, with no total to keep, skips the documents whose first number cannot
		// enter it (that number's points). The total is kept per reader besides.
		long total = this.counts.count(searcher, query, generation);
		if (total == 0) {
			return new ListResults(0, List.of(), Map.of(), List.of());
		}
		Sort sort = sort(request);
		TopDocs top = LargestFirstWindow.search(searcher, query, sort, request, wanted, total);
		if (top == null) {
			top = searcher.search(query, new TopFieldCollectorManager(sort, wanted, wanted));
		}
		return page(searcher, top, request, total, Map.of());
	}

	private ListResults withFacets(IndexSearcher searcher, Query query, ListRequest request) throws IOException {
		int wanted = Math.max(1, request.offset() + request.limit());
		FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query, wanted,
				sort(request), new FacetsCollectorManager());
		FacetsCollector matches = found.facetsCollector();
		long total = matches.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
		return page(searcher, found.topDocs(), request, total, this.facets.count(searcher.getIndexReader(), matches));
	}

	private static ListResults page(IndexSearcher searcher, TopDocs top, ListRequest request, long total,
			Map<String, List<FacetCount>> facets) throws IOException {
		List<String> ids = new ArrayList<>();
		List<Long> changedAt = new ArrayList<>();
		ScoreDoc[] docs = top.scoreDocs;
		for (int i = request.offset(); i < docs.length && ids.size() < request.limit(); i++) {
			ids.add(DocValuesReader.id(searcher.getIndexReader(), docs[i].doc));
			changedAt.add(DocValuesReader.changedAt(searcher.getIndexReader(), docs[i].doc));
		}
		return new ListResults(total, ids, facets, changedAt);
	}

	private static Sort sort(ListRequest request) {
		List<SortField> fields = new ArrayList<>();
		boolean unique = false;
		for (ListRequest.Order order : request.order()) {
			switch (order.kind()) {
				case NUMBER -> fields.add(numberField(IndexFields.number(order.name()), order.descending()));
				case KEY -> {
					SortField field = new SortField(IndexFields.sortKey(order.name()), SortField.Type.STRING,
							order.descending());
					field.setMissingValue(SortField.STRING_FIRST);
					fields.add(field);
				}
				case UNIQUE_SHORT_KEY -> {
					// Lucene copies every sort value of each document that may enter the
					// page; a key's bytes come out of a compressed terms dictionary, its
					// numbers straight from doc values. Where thousands of documents tie
					// on the first order, that copy was most of the page's cost.
					for (int part = 0; part < ShortKeys.PARTS; part++) {
						fields.add(numberField(IndexFields.sortKeyPart(order.name(), part), order.descending()));
					}
					unique = true;
				}
			}
		}
		if (!unique) {
			fields.add(new SortField(IndexFields.ID, SortField.Type.STRING));
		}
		return new Sort(fields.toArray(SortField[]::new));
	}

	private static SortField numberField(String field, boolean descending) {
		SortField sort = new SortField(field, SortField.Type.LONG, descending);
		// Like a store's missing value, which sorts below every number.
		sort.setMissingValue(Long.MIN_VALUE);
		return sort;
	}

	static Query toQuery(ListFilter filter) {
		return switch (filter) {
			case TypeIn types -> anyOf(IndexFields.TYPE, types.types().stream().map(Enum::name).toList());
			case KeywordIn keyword -> anyOf(Filters.field(keyword.key()), List.copyOf(keyword.values()));
			case Between range -> LongPoint.newRangeQuery(IndexFields.number(range.number()), range.min(), range.max());
			case ContainsText text -> new ContainsTextQuery(text.text());
			case AllOf all -> {
				if (all.filters().isEmpty()) {
					yield new MatchAllDocsQuery();
				}
				BooleanQuery.Builder query = new BooleanQuery.Builder();
				all.filters().forEach((part) -> query.add(toQuery(part), BooleanClause.Occur.FILTER));
				yield query.build();
			}
			case AnyOf any -> {
				BooleanQuery.Builder query = new BooleanQuery.Builder();
				any.filters().forEach((part) -> query.add(toQuery(part), BooleanClause.Occur.SHOULD));
				yield query.setMinimumNumberShouldMatch(1).build();
			}
		};
	}

	private static Query anyOf(String field, List<String> values) {
		if (values.size() == 1) {
			return new TermQuery(new Term(field, values.get(0)));
		}
		return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
	}

}
