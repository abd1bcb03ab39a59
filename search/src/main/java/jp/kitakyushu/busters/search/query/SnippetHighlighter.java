package jp.kitakyushu.busters.search.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.Snippet;
import jp.kitakyushu.busters.search.index.IndexFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlights the stored title and text of hits with the matches of all three analysed
 * fields (the highlighter's masked fields), reading offsets from the postings.
 */
public final class SnippetHighlighter {

	/** Target passage length in characters: a line or two on a phone. */
	public static final int DEFAULT_PASSAGE_LENGTH = 120;

	private SnippetHighlighter() {
	}

	/**
	 * Highlights one stored text field for several documents.
	 * @param searcher the searcher the documents come from
	 * @param query the query whose terms are highlighted
	 * @param field {@link IndexFields#TITLE} or {@link IndexFields#TEXT}
	 * @param docIds Lucene doc ids
	 * @param passages passages per document
	 * @param showUnmatched whether a document with no match gets its opening passage
	 * @return the snippets per document, in {@code docIds} order
	 * @throws IOException on index failure
	 */
	public static List<List<Snippet>> highlight(IndexSearcher searcher, Query query, String field, int[] docIds,
			int passages, boolean showUnmatched) throws IOException {
		if (docIds.length == 0) {
			return List.of();
		}
		Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, IndexFields.indexAnalyzer())
			.withMaskedFieldsFunc(SnippetHighlighter::maskedFields)
			.withFormatter(new SnippetFormatter())
			.withHandleMultiTermQuery(true)
			.withMaxNoHighlightPassages(showUnmatched ? 1 : 0)
			.withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
					BreakIterator.getSentenceInstance(Locale.JAPANESE), DEFAULT_PASSAGE_LENGTH, 0.5f)));
		int[] sorted = docIds.clone();
		Arrays.sort(sorted);
		int[] maxPassages = new int[] { passages };
		Object[] found = highlighter.highlight(field, query, sorted, maxPassages);
		Map<Integer, List<Snippet>> byDoc = new HashMap<>();
		for (int i = 0; i < sorted.length; i++) {
			byDoc.put(sorted[i], snippets(found[i]));
		}
		return Arrays.stream(docIds).mapToObj(byDoc::get).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<Snippet> snippets(Object formatted) {
		return (formatted instanceof List<?> list) ? (List<Snippet>) list : List.of();
	}

	private static Set<String> maskedFields(String field) {
		return Set.of(IndexFields.analyzed(field, IndexFields.Family.JA),
				IndexFields.analyzed(field, IndexFields.Family.EN), IndexFields.analyzed(field, IndexFields.Family.BI));
	}

	/** Exposes the object-returning highlight method, which is protected. */
	private static final class Highlighter extends UnifiedHighlighter {

		Highlighter(UnifiedHighlighter.Builder builder) {
			super(builder);
		}

		Object[] highlight(String field, Query query, int[] docIds, int[] maxPassages) throws IOException {
			Map<String, Object[]> result = highlightFieldsAsObjects(new String[] { field }, query, docIds, maxPassages);
			return result.get(field);
		}

	}

}
