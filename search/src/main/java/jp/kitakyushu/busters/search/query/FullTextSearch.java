package jp.kitakyushu.busters.search.query;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.InvalidQueryException;
import jp.kitakyushu.busters.search.Snippet;
import jp.kitakyushu.busters.search.index.Filters;
import jp.kitakyushu.busters.search.index.IndexFields;
import jp.kitakyushu.busters.search.index.SearchIndex;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Full-text search over one index, with keyword filters, facets, paging and highlights.
 */
public final class FullTextSearch {

	/** Weight of the title fields relative to the text. */
	public static final float DEFAULT_TITLE_WEIGHT = 3f;

	/** Weight of the tag fields relative to the text. */
	public static final float DEFAULT_TAGS_WEIGHT = 2f;

	/**
	 * Weight of bigram matches relative to word matches: they add recall, not precision.
	 */
	public static final float DEFAULT_BIGRAM_WEIGHT = 0.5f;

	/** Text passages returned per hit. */
	public static final int DEFAULT_PASSAGES = 2;

	private final SearchIndex index;

	private final FacetCounter facets = new FacetCounter();

	private final Map<String, Float> weights;

	/**
	 * Searches the given index.
	 * @param index the index
	 */
	public FullTextSearch(SearchIndex index) {
		this.index = index;
		this.weights = fieldWeights();
	}

	/**
	 * Runs a search.
	 * @param request the request
	 * @return a page of results with facets
	 * @throws InvalidQueryException for an empty or over-long query, a bare wildcard, too
	 * many terms or a bad page
	 */
	public SearchResults search(SearchRequest request) {
		validate(request);
		return this.index.withSearcher((searcher) -> {
			SearchResults results = run(searcher, request, BooleanClause.Occur.MUST);
			if (results.totalHits() == 0) {
				// No document has every word: rank those with some of them instead of
				// nothing.
				results = run(searcher, request, BooleanClause.Occur.SHOULD);
			}
			return results;
		});
	}

	private SearchResults run(IndexSearcher searcher, SearchRequest request, BooleanClause.Occur operator)
			throws IOException {
		Query scoring = new SafeQueryParser(this.weights, operator).parse(request.query().strip());
		Query query = Filters.apply(scoring, request.types(), request.filters());
		int wanted = request.offset() + request.limit();
		if (!request.facets()) {
			return unfaceted(searcher, scoring, query, request.offset(), wanted);
		}
		FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, query, wanted,
				new FacetsCollectorManager());
		FacetsCollector matches = found.facetsCollector();
		long total = matches.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
		ScoreDoc[] page = page(found.topDocs(), request.offset());
		List<SearchHit> hits = hits(searcher, scoring, page);
		return new SearchResults(total, hits, this.facets.count(searcher.getIndexReader(), matches),
				SearchIndex.timedOut());
	}

	/**
	 * The same page and total without facets: the top hits are collected as
	 * {@link FacetsCollectorManager#search} collects them (every match counted, none
	 * skipped), without keeping each segment's matches for the facet counts.
	 */
	private static SearchResults unfaceted(IndexSearcher searcher, Query scoring, Query query, int offset, int wanted)
			throws IOException {
		int size = Math.max(1, Math.min(wanted, searcher.getIndexReader().maxDoc()));
		TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(size, null, Integer.MAX_VALUE));
		List<SearchHit> hits = hits(searcher, scoring, page(top, offset));
		return new SearchResults(top.totalHits.value(), hits, Map.of(), SearchIndex.timedOut());
	}

	private static ScoreDoc[] page(TopDocs top, int offset) {
		if (offset >= top.scoreDocs.length) {
			return new ScoreDoc[0];
		}
		ScoreDoc[] page = new ScoreDoc[top.scoreDocs.length - offset];
		System.arraycopy(top.scoreDocs, offset, page, 0, page.length);
		return page;
	}

	private static List<SearchHit> hits(IndexSearcher searcher, Query scoring, ScoreDoc[] page) throws IOException {
		int[] docIds = new int[page.length];
		for (int i = 0; i < page.length; i++) {
			docIds[i] = page[i].doc;
		}
		// Each hit's stored fields are read (decompressed) once, here, and the
		// highlighter takes its title and text from them: reading them again for
		// the highlighter cost as much as reading them here.
		StoredFields stored = searcher.storedFields();
		List<Document> docs = new ArrayList<>(page.length);
		for (int docId : docIds) {
			docs.add(stored.document(docId));
		}
		Map<String, List<List<Snippet>>> highlighted = SnippetHighlighter.highlight(searcher, scoring,
				List.of(IndexFields.TITLE, IndexFields.TEXT), docIds, docs, new int[] { 1, DEFAULT_PASSAGES }, true);
		List<List<Snippet>> titles = highlighted.get(IndexFields.TITLE);
		List<List<Snippet>> texts = highlighted.get(IndexFields.TEXT);
		List<SearchHit> hits = new ArrayList<>(page.length);
		for (int i = 0; i < page.length; i++) {
			Document doc = docs.get(i);
			String title = (doc.get(IndexFields.TITLE) != null) ? doc.get(IndexFields.TITLE) : "";
			Snippet titleSnippet = titles.get(i).isEmpty() ? new Snippet(title, List.of()) : titles.get(i).get(0);
			hits.add(new SearchHit(doc.get(IndexFields.ID), DocumentType.valueOf(doc.get(IndexFields.TYPE)),
					page[i].score, title, titleSnippet, texts.get(i), doc.get(IndexFields.CATEGORY),
					doc.get(IndexFields.WARD), doc.get(IndexFields.STATUS),
					Instant.ofEpochMilli(doc.getField(IndexFields.UPDATED_AT).numericValue().longValue())));
		}
		return hits;
	}

	static void validate(SearchRequest request) {
		String query = request.query();
		if (query.isBlank()) {
			throw new InvalidQueryException("EMPTY", "Enter something to search for.");
		}
		if (query.length() > SearchRequest.MAX_QUERY_LENGTH) {
			throw new InvalidQueryException("TOO_LONG",
					"The query is longer than " + SearchRequest.MAX_QUERY_LENGTH + " characters.");
		}
		if (query.codePoints().noneMatch(Character::isLetterOrDigit)) {
			// "*", "-" or quotes alone: operators with nothing to apply them to.
			throw new InvalidQueryException("NO_WORDS", "Enter words to search for, not only symbols.");
		}
		if (request.limit() < 1 || request.limit() > SearchRequest.MAX_LIMIT) {
			throw new InvalidQueryException("BAD_PAGE",
					"A page holds between 1 and " + SearchRequest.MAX_LIMIT + " results.");
		}
		if (request.offset() < 0 || request.offset() > SearchRequest.MAX_OFFSET) {
			throw new InvalidQueryException("BAD_PAGE",
					"Results can be paged up to " + SearchRequest.MAX_OFFSET + " hits deep.");
		}
	}

	private static Map<String, Float> fieldWeights() {
		Map<String, Float> weights = new LinkedHashMap<>();
		Map<String, Float> fieldWeight = Map.of(IndexFields.TITLE, DEFAULT_TITLE_WEIGHT, IndexFields.TEXT, 1f,
				IndexFields.TAGS, DEFAULT_TAGS_WEIGHT);
		for (String field : IndexFields.TEXT_FIELDS) {
			for (IndexFields.Family family : IndexFields.Family.values()) {
				float weight = fieldWeight.get(field)
						* ((family == IndexFields.Family.BI) ? DEFAULT_BIGRAM_WEIGHT : 1f);
				weights.put(IndexFields.analyzed(field, family), weight);
			}
		}
		return weights;
	}

}
