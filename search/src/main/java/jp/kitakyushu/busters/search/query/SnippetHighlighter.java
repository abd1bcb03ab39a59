package jp.kitakyushu.busters.search.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.Snippet;
import jp.kitakyushu.busters.search.index.IndexFields;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

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
		return highlight(searcher, query, List.of(field), docIds, new int[] { passages }, showUnmatched).get(field);
	}

	/**
	 * Highlights several stored text fields of several documents in one pass, so each
	 * document's stored fields are read once.
	 * @param searcher the searcher the documents come from
	 * @param query the query whose terms are highlighted
	 * @param fields {@link IndexFields#TITLE} or {@link IndexFields#TEXT}, or both
	 * @param docIds Lucene doc ids
	 * @param passages passages per document, per field
	 * @param showUnmatched whether a document with no match gets its opening passage
	 * @return per field, the snippets per document in {@code docIds} order
	 * @throws IOException on index failure
	 */
	public static Map<String, List<List<Snippet>>> highlight(IndexSearcher searcher, Query query, List<String> fields,
			int[] docIds, int[] passages, boolean showUnmatched) throws IOException {
		return highlightStored(searcher, query, fields, docIds, null, passages, showUnmatched);
	}

	/**
	 * Highlights several stored text fields of documents whose stored fields the caller
	 * has read already, so they are not read (decompressed) a second time.
	 * @param searcher the searcher the documents come from
	 * @param query the query whose terms are highlighted
	 * @param fields {@link IndexFields#TITLE} or {@link IndexFields#TEXT}, or both
	 * @param docIds Lucene doc ids
	 * @param stored each document's stored fields (at least {@code fields}), in
	 * {@code docIds} order
	 * @param passages passages per document, per field
	 * @param showUnmatched whether a document with no match gets its opening passage
	 * @return per field, the snippets per document in {@code docIds} order
	 * @throws IOException on index failure
	 */
	public static Map<String, List<List<Snippet>>> highlight(IndexSearcher searcher, Query query, List<String> fields,
			int[] docIds, List<Document> stored, int[] passages, boolean showUnmatched) throws IOException {
		if (stored.size() != docIds.length) {
			throw new IllegalArgumentException(
					"Expected the stored fields of " + docIds.length + " documents, got " + stored.size());
		}
		Map<Integer, Document> byDoc = new HashMap<>();
		for (int i = 0; i < docIds.length; i++) {
			byDoc.put(docIds[i], stored.get(i));
		}
		return highlightStored(searcher, query, fields, docIds, byDoc, passages, showUnmatched);
	}

	private static Map<String, List<List<Snippet>>> highlightStored(IndexSearcher searcher, Query query,
			List<String> fields, int[] docIds, @Nullable Map<Integer, Document> stored, int[] passages,
			boolean showUnmatched) throws IOException {
		Map<String, List<List<Snippet>>> result = new HashMap<>();
		if (docIds.length == 0) {
			fields.forEach((field) -> result.put(field, List.of()));
			return result;
		}
		int[] sorted = docIds.clone();
		Arrays.sort(sorted);
		Map<String, Object[]> found = highlighter(searcher, showUnmatched, stored)
			.highlight(fields.toArray(String[]::new), query, sorted, passages);
		for (String field : fields) {
			Map<Integer, List<Snippet>> byDoc = new HashMap<>();
			for (int i = 0; i < sorted.length; i++) {
				byDoc.put(sorted[i], snippets(found.get(field)[i]));
			}
			result.put(field, Arrays.stream(docIds).mapToObj(byDoc::get).toList());
		}
		return result;
	}

	/**
	 * Highlights one stored text field of each document with a query of its own (the
	 * terms that made it a match), through one highlighter.
	 * @param searcher the searcher the documents come from
	 * @param queries per document, the query whose terms are highlighted ({@code null}
	 * for none: the document gets no passage)
	 * @param field {@link IndexFields#TITLE} or {@link IndexFields#TEXT}
	 * @param docIds Lucene doc ids
	 * @param stored each document's stored fields (at least {@code field}), in
	 * {@code docIds} order, read by the caller already so not read a second time
	 * @param passages passages per document
	 * @return the snippets per document, in {@code docIds} order
	 * @throws IOException on index failure
	 */
	public static List<List<Snippet>> highlightEach(IndexSearcher searcher, List<Query> queries, String field,
			int[] docIds, List<Document> stored, int passages) throws IOException {
		if (stored.size() != docIds.length || queries.size() != docIds.length) {
			throw new IllegalArgumentException("Expected a query and stored fields for each of " + docIds.length
					+ " documents, got " + queries.size() + " and " + stored.size());
		}
		Map<Integer, Document> byDoc = new HashMap<>();
		for (int i = 0; i < docIds.length; i++) {
			byDoc.put(docIds[i], stored.get(i));
		}
		Highlighter highlighter = highlighter(searcher, false, byDoc);
		List<List<Snippet>> result = new ArrayList<>(docIds.length);
		for (int i = 0; i < docIds.length; i++) {
			if (queries.get(i) == null) {
				result.add(List.of());
				continue;
			}
			result.add(snippets(highlighter
				.highlight(new String[] { field }, queries.get(i), new int[] { docIds[i] }, new int[] { passages })
				.get(field)[0]));
		}
		return result;
	}

	/**
	 * A highlighter that reads offsets from the postings of the query's terms: weight
	 * matches would rewrite and weigh the whole query again for every document.
	 */
	private static Highlighter highlighter(IndexSearcher searcher, boolean showUnmatched,
			@Nullable Map<Integer, Document> stored) {
		return new Highlighter(stored,
				UnifiedHighlighter.builder(searcher, IndexFields.indexAnalyzer())
					.withMaskedFieldsFunc(SnippetHighlighter::maskedFields)
					.withFormatter(new SnippetFormatter())
					.withScorer(new FewTermsPassageScorer())
					.withHandleMultiTermQuery(true)
					.withWeightMatches(false)
					.withMaxNoHighlightPassages(showUnmatched ? 1 : 0)
					.withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
							BreakIterator.getSentenceInstance(Locale.JAPANESE), DEFAULT_PASSAGE_LENGTH, 0.5f)));
	}

	@SuppressWarnings("unchecked")
	private static List<Snippet> snippets(Object formatted) {
		return (formatted instanceof List<?> list) ? (List<Snippet>) list : List.of();
	}

	private static Set<String> maskedFields(String field) {
		return Set.of(IndexFields.analyzed(field, IndexFields.Family.JA),
				IndexFields.analyzed(field, IndexFields.Family.EN), IndexFields.analyzed(field, IndexFields.Family.BI));
	}

	/**
	 * Exposes the object-returning highlight method, which is protected, and knows where
	 * the offsets are without merging every segment's field infos per call.
	 */
	private static final class Highlighter extends UnifiedHighlighter {

		private final @Nullable Map<Integer, Document> stored;

		/**
		 * Per analysed field, postings enumerations and term lookups reused from document
		 * to document.
		 */
		private final Map<String, ReusedPostingsOffsets.FieldPostings> postings = new HashMap<>();

		Highlighter(@Nullable Map<Integer, Document> stored, UnifiedHighlighter.Builder builder) {
			super(builder);
			this.stored = stored;
		}

		Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages)
				throws IOException {
			return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
		}

		@Override
		protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
				throws IOException {
			if (this.stored == null) {
				return super.loadFieldValues(fields, docs, cacheCharsThreshold);
			}
			// The values the highlighter's own stored-fields visitor would give: a
			// field's values joined by its separator and cut at the maximum length,
			// null if absent. Already in memory, so one batch whatever the threshold.
			List<CharSequence[]> values = new ArrayList<>();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				Document document = this.stored.get(doc);
				CharSequence[] byField = new CharSequence[fields.length];
				for (int i = 0; i < fields.length; i++) {
					String[] fieldValues = document.getValues(fields[i]);
					if (fieldValues.length > 0) {
						String joined = String.join(String.valueOf(MULTIVAL_SEP_CHAR), fieldValues);
						byField[i] = joined.substring(0, Math.min(getMaxLength(), joined.length()));
					}
				}
				values.add(byField);
			}
			return values;
		}

		@Override
		protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
			// Plain terms only (the stock strategy handles phrases, automata and weight
			// matches): their offsets come from one postings enumeration each.
			if (offsetSource == OffsetSource.POSTINGS && !components.phraseHelper().hasPositionSensitivity()
					&& components.automata().length == 0
					&& !components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
				return new ReusedPostingsOffsets(components, this.postings.computeIfAbsent(components.field(),
						(field) -> new ReusedPostingsOffsets.FieldPostings()));
			}
			return super.getOffsetStrategy(offsetSource, components);
		}

		@Override
		protected OffsetSource getOffsetSource(String field) {
			// What the field infos would say, without merging every segment's per
			// highlighter: every analysed field has offsets in its postings, and the
			// stored fields they mask are analysed from their text.
			if (IndexFields.familyOf(field) != null) {
				return OffsetSource.POSTINGS;
			}
			return IndexFields.TEXT_FIELDS.contains(field) ? OffsetSource.ANALYSIS : super.getOffsetSource(field);
		}

	}

}
