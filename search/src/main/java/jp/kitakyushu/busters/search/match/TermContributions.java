package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.search.index.IndexFields;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;

/**
 * Works out which source terms contributed most to each result, by scoring every term
 * clause on the result documents alone (cheaper and more exact than parsing
 * explanations).
 */
final class TermContributions {

	/** Terms listed per result. */
	static final int DEFAULT_TERMS_PER_MATCH = 8;

	/**
	 * Source terms examined per family, most salient first: the few listed per result are
	 * almost always among them, and each examined term costs a scorer per segment.
	 */
	static final int DEFAULT_EXPLAINED_TERMS = 30;

	private TermContributions() {
	}

	/**
	 * Contributions per document, strongest first. Bigram terms are left out: fragments
	 * such as 齢者 explain nothing to a reader, and the highlighted passages show them
	 * anyway. Each term's fields are scored as its clause's term queries score them (the
	 * same similarity, statistics and boosts, the fields' scores summed as a disjunction
	 * sums them), read from postings enumerations reused from term to term instead of a
	 * weight and scorer per term and segment.
	 */
	static Map<Integer, List<MatchedTerm>> of(IndexSearcher searcher, SourceTerms terms, MatchSettings settings,
			List<Integer> docs) throws IOException {
		List<Explained> explainedTerms = explained(searcher, terms, settings);
		Map<Integer, Map<String, Float>> byDoc = new HashMap<>();
		int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().toArray();
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		int from = 0;
		while (from < sorted.length) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sorted[from], leaves));
			int to = from;
			while (to < sorted.length && sorted[to] < leaf.docBase + leaf.reader().maxDoc()) {
				to++;
			}
			new LeafScoring(leaf, Arrays.copyOfRange(sorted, from, to)).score(explainedTerms, byDoc);
			from = to;
		}
		Map<Integer, List<MatchedTerm>> result = new LinkedHashMap<>();
		for (int doc : docs) {
			List<MatchedTerm> list = new ArrayList<>();
			byDoc.getOrDefault(doc, Map.of()).forEach((text, score) -> list.add(new MatchedTerm(text, score)));
			list.sort(Comparator.comparingDouble(MatchedTerm::contribution).reversed());
			result.put(doc, List.copyOf(list.subList(0, Math.min(DEFAULT_TERMS_PER_MATCH, list.size()))));
		}
		return result;
	}

	private static List<Explained> explained(IndexSearcher searcher, SourceTerms terms, MatchSettings settings)
			throws IOException {
		List<Explained> explained = new ArrayList<>();
		int[] taken = new int[IndexFields.Family.values().length];
		for (SourceTerms.SelectedTerm term : terms.terms()) {
			if (term.family() == IndexFields.Family.BI || taken[term.family().ordinal()]++ >= DEFAULT_EXPLAINED_TERMS) {
				continue;
			}
			List<FieldScorer> fields = new ArrayList<>();
			for (SourceTerms.FieldLookup field : terms.fieldLookups(searcher, term, settings)) {
				TermStates states = field.states();
				Term indexed = new Term(field.field(), term.text());
				// The boost a term query in the term's clause is weighed with: the
				// field's weight times the term's.
				float boost = field.weight() * term.boost();
				Similarity.SimScorer scorer = searcher.getSimilarity()
					.scorer(boost, searcher.collectionStatistics(field.field()),
							searcher.termStatistics(indexed, states.docFreq(), states.totalTermFreq()));
				fields.add(new FieldScorer(field.field(), states, scorer));
			}
			explained.add(new Explained(term.text(), new BytesRef(term.text()), fields));
		}
		return explained;
	}

	/** An explained term with a scorer per field its clause searches. */
	private record Explained(String text, BytesRef bytes, List<FieldScorer> fields) {
	}

	/** One field's term query, as its weight would score it. */
	private record FieldScorer(String field, TermStates states, Similarity.SimScorer scorer) {
	}

	/** The scoring of some documents of one segment, sorted by doc id. */
	private static final class LeafScoring {

		private final LeafReaderContext leaf;

		private final int[] docs;

		private final Map<String, TermsEnum> termsEnums = new HashMap<>();

		private final Map<String, PostingsEnum> postings = new HashMap<>();

		private final Map<String, long[]> norms = new HashMap<>();

		LeafScoring(LeafReaderContext leaf, int[] docs) {
			this.leaf = leaf;
			this.docs = docs;
		}

		void score(List<Explained> terms, Map<Integer, Map<String, Float>> byDoc) throws IOException {
			double[] sums = new double[this.docs.length];
			boolean[] matched = new boolean[this.docs.length];
			for (Explained term : terms) {
				Arrays.fill(sums, 0);
				Arrays.fill(matched, false);
				for (FieldScorer field : term.fields()) {
					scoreField(term, field, sums, matched);
				}
				for (int k = 0; k < this.docs.length; k++) {
					if (matched[k]) {
						byDoc.computeIfAbsent(this.docs[k], (d) -> new HashMap<>())
							.merge(term.text(), (float) sums[k], Float::sum);
					}
				}
			}
		}

		private void scoreField(Explained term, FieldScorer field, double[] sums, boolean[] matched)
				throws IOException {
			IOSupplier<TermState> supplier = field.states().get(this.leaf);
			TermState state = (supplier != null) ? supplier.get() : null;
			if (state == null) {
				return;
			}
			TermsEnum termsEnum = this.termsEnums.get(field.field());
			if (termsEnum == null) {
				termsEnum = this.leaf.reader().terms(field.field()).iterator();
				this.termsEnums.put(field.field(), termsEnum);
			}
			termsEnum.seekExact(term.bytes(), state);
			PostingsEnum docsEnum = termsEnum.postings(this.postings.get(field.field()), PostingsEnum.FREQS);
			this.postings.put(field.field(), docsEnum);
			long[] norms = norms(field.field());
			for (int k = 0; k < this.docs.length; k++) {
				int target = this.docs[k] - this.leaf.docBase;
				int at = (docsEnum.docID() < target) ? docsEnum.advance(target) : docsEnum.docID();
				if (at == target) {
					sums[k] += field.scorer().score(docsEnum.freq(), norms[k]);
					matched[k] = true;
				}
			}
		}

		/**
		 * The documents' norms in a field, read once per segment as a term scorer reads
		 * them.
		 */
		private long[] norms(String field) throws IOException {
			long[] values = this.norms.get(field);
			if (values == null) {
				values = new long[this.docs.length];
				NumericDocValues iterator = this.leaf.reader().getNormValues(field);
				for (int k = 0; k < this.docs.length; k++) {
					int doc = this.docs[k] - this.leaf.docBase;
					values[k] = (iterator != null && iterator.advanceExact(doc)) ? iterator.longValue() : 1L;
				}
				this.norms.put(field, values);
			}
			return values;
		}

	}

}
