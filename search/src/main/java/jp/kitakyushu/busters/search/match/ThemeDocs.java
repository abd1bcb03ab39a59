package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.index.IndexFields;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;

/**
 * Themes' documents by theme id, kept per segment: theme matching adds each theme's
 * member scores to the theme's document, and finding a few hundred theme documents by id
 * with a terms query seeks each id in the id field's terms dictionary for every request
 * (6 % of matchThemes' samples in a profile). A segment's themes never change (deletions
 * are read per request), so their ids are read once per segment and dropped when it
 * closes.
 */
final class ThemeDocs {

	private static final Map<IndexReader.CacheKey, Map<String, int[]>> BY_SEGMENT = new ConcurrentHashMap<>();

	private static final int[] NONE = new int[0];

	private ThemeDocs() {
	}

	/**
	 * The live theme documents with the given ids that pass a filter, in document order,
	 * as a constant-score search for the ids would list them.
	 * @param searcher the searcher
	 * @param ids theme ids
	 * @param filter which themes may be returned (types and the request's filters)
	 * @return the documents and their ids, at most one per id asked
	 * @throws IOException on index failure
	 */
	static List<Found> of(IndexSearcher searcher, Collection<String> ids, Query filter) throws IOException {
		List<Found> found = new ArrayList<>();
		Weight weight = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			Map<String, int[]> themes = themes(leaf.reader());
			List<Found> inLeaf = new ArrayList<>();
			Bits live = leaf.reader().getLiveDocs();
			for (String id : ids) {
				for (int doc : themes.getOrDefault(id, NONE)) {
					if (live == null || live.get(doc)) {
						inLeaf.add(new Found(doc, id));
					}
				}
			}
			if (inLeaf.isEmpty()) {
				continue;
			}
			inLeaf.sort((a, b) -> Integer.compare(a.doc(), b.doc()));
			Scorer scorer = weight.scorer(leaf);
			if (scorer == null) {
				continue;
			}
			DocIdSetIterator passing = scorer.iterator();
			for (Found theme : inLeaf) {
				int at = (passing.docID() < theme.doc()) ? passing.advance(theme.doc()) : passing.docID();
				if (at == DocIdSetIterator.NO_MORE_DOCS) {
					break;
				}
				if (at == theme.doc()) {
					found.add(new Found(leaf.docBase + theme.doc(), theme.id()));
				}
			}
		}
		return (found.size() > ids.size()) ? found.subList(0, ids.size()) : found;
	}

	/** The segment's theme documents by id, read once. */
	private static Map<String, int[]> themes(LeafReader reader) throws IOException {
		IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
		if (helper == null) {
			return read(reader);
		}
		Map<String, int[]> themes = BY_SEGMENT.get(helper.getKey());
		if (themes == null) {
			themes = read(reader);
			if (BY_SEGMENT.putIfAbsent(helper.getKey(), themes) == null) {
				helper.addClosedListener(BY_SEGMENT::remove);
			}
		}
		return themes;
	}

	/** Every theme document of a segment (deleted ones too) by its id. */
	private static Map<String, int[]> read(LeafReader reader) throws IOException {
		Map<String, int[]> themes = new HashMap<>();
		PostingsEnum postings = reader.postings(new Term(IndexFields.TYPE, DocumentType.THEME.name()),
				PostingsEnum.NONE);
		if (postings == null) {
			return themes;
		}
		SortedDocValues ids = DocValues.getSorted(reader, IndexFields.ID);
		for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
			if (ids.advanceExact(doc)) {
				int at = doc;
				themes.merge(ids.lookupOrd(ids.ordValue()).utf8ToString(), new int[] { doc }, (old, added) -> {
					int[] both = Arrays.copyOf(old, old.length + 1);
					both[old.length] = at;
					return both;
				});
			}
		}
		return themes;
	}

	/**
	 * A theme document and its id.
	 *
	 * @param doc the document
	 * @param id the theme's id
	 */
	record Found(int doc, String id) {
	}

	/** For tests: whether a segment's themes are kept. */
	static boolean kept(IndexReader.@Nullable CacheKey key) {
		return key != null && BY_SEGMENT.containsKey(key);
	}

}
