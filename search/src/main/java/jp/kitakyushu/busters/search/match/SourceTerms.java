package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.index.IndexFields;
import jp.kitakyushu.busters.search.index.IndexFields.Family;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The terms of a source text that best characterise it against the index (in the manner
 * of More Like This): analysed by all three families, weighted by damped frequency times
 * inverse document frequency, the strongest kept per family. Term dictionary lookups are
 * done once per term and field and shared by every search of the request.
 */
final class SourceTerms {

	/**
	 * Candidates looked up per family, as a multiple of the terms kept: a long text has
	 * hundreds of distinct bigrams, and the most frequent few times the limit hold the
	 * ones worth keeping.
	 */
	static final int CANDIDATES_PER_TERM = 4;

	private final List<SelectedTerm> terms;

	private final Set<String> presentFields;

	private SourceTerms(List<SelectedTerm> terms, Set<String> presentFields) {
		this.terms = terms;
		this.presentFields = presentFields;
	}

	static SourceTerms select(IndexSearcher searcher, String text, MatchSettings settings) throws IOException {
		IndexReader reader = searcher.getIndexReader();
		Set<String> present = presentFields(reader);
		List<SelectedTerm> selected = new ArrayList<>();
		int documents = Math.max(1, reader.numDocs());
		for (Family family : Family.values()) {
			int limit = limit(family, settings);
			if (limit <= 0 || weight(family, settings) <= 0) {
				continue;
			}
			List<SelectedTerm> candidates = new ArrayList<>();
			for (Map.Entry<String, Integer> entry : frequencies(family, text, limit * CANDIDATES_PER_TERM)) {
				SelectedTerm term = new SelectedTerm(family, entry.getKey(), 0, 0, new HashMap<>());
				int df = term.docFreq(searcher, present, settings.maxDocFreqRatio() * documents);
				if (df == 0) {
					continue;
				}
				float idf = (float) Math.log(1 + (documents - df + 0.5) / (df + 0.5));
				float tf = (float) Math.pow(entry.getValue(), settings.queryTfExponent());
				candidates.add(new SelectedTerm(family, entry.getKey(), tf * weight(family, settings), tf * idf,
						term.states()));
			}
			candidates.sort(Comparator.comparingDouble(SelectedTerm::salience).reversed());
			selected.addAll(candidates.subList(0, Math.min(limit, candidates.size())));
		}
		return new SourceTerms(selected, present);
	}

	boolean isEmpty() {
		return this.terms.isEmpty();
	}

	List<SelectedTerm> terms() {
		return this.terms;
	}

	/** The scoring query: per term, one clause per analysed field the index has. */
	Query query(IndexSearcher searcher, MatchSettings settings) throws IOException {
		return query(searcher, settings, Integer.MAX_VALUE);
	}

	/**
	 * The scoring query of the most salient terms only, at most {@code perFamily} of each
	 * family.
	 */
	Query query(IndexSearcher searcher, MatchSettings settings, int perFamily) throws IOException {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int[] taken = new int[Family.values().length];
		for (SelectedTerm term : this.terms) {
			if (taken[term.family().ordinal()]++ < perFamily) {
				query.add(term.clause(searcher, settings, this.presentFields), BooleanClause.Occur.SHOULD);
			}
		}
		return query.build();
	}

	/** The clause of one term, for scoring it alone. */
	Query clause(IndexSearcher searcher, SelectedTerm term, MatchSettings settings) throws IOException {
		return term.clause(searcher, settings, this.presentFields);
	}

	/**
	 * A query of the given terms on the text field, for the highlighter: only the terms
	 * shown as reasons, so passages show the same evidence and highlighting stays cheap.
	 */
	static Query highlightQuery(Collection<String> terms) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String term : terms) {
			for (Family family : Family.values()) {
				if (family != Family.BI) {
					query.add(new TermQuery(new Term(IndexFields.analyzed(IndexFields.TEXT, family), term)),
							BooleanClause.Occur.SHOULD);
				}
			}
		}
		return query.build();
	}

	/**
	 * The analysed fields some segment has: clauses on absent fields (no document has
	 * tags or context yet) would only cost lookups.
	 */
	private static Set<String> presentFields(IndexReader reader) {
		Set<String> present = new HashSet<>();
		for (String field : IndexFields.ANALYZED_FIELDS) {
			for (Family family : Family.values()) {
				String name = IndexFields.analyzed(field, family);
				for (LeafReaderContext leaf : reader.leaves()) {
					if (leaf.reader().getFieldInfos().fieldInfo(name) != null) {
						present.add(name);
						break;
					}
				}
			}
		}
		return present;
	}

	/**
	 * Term frequencies in the text, the most frequent first (first occurrence breaks
	 * ties).
	 */
	private static List<Map.Entry<String, Integer>> frequencies(Family family, String text, int max)
			throws IOException {
		Map<String, Integer> frequencies = new LinkedHashMap<>();
		try (TokenStream stream = family.analyzer().tokenStream(IndexFields.analyzed(IndexFields.TEXT, family), text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				frequencies.merge(term.toString(), 1, Integer::sum);
			}
			stream.end();
		}
		List<Map.Entry<String, Integer>> entries = new ArrayList<>(frequencies.entrySet());
		if (entries.size() > max) {
			entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
			entries = entries.subList(0, max);
		}
		return entries;
	}

	private static int limit(Family family, MatchSettings settings) {
		return switch (family) {
			case JA -> settings.maxTermsJa();
			case EN -> settings.maxTermsEn();
			case BI -> settings.maxTermsBi();
		};
	}

	private static float weight(Family family, MatchSettings settings) {
		return switch (family) {
			case JA -> settings.weightJa();
			case EN -> settings.weightEn();
			case BI -> settings.weightBi();
		};
	}

	/**
	 * One chosen term.
	 *
	 * @param family its analysis
	 * @param text the indexed term
	 * @param boost query weight: family weight times damped source frequency
	 * @param salience how characteristic it is of the source (selection order)
	 * @param states term dictionary lookups done so far, by field
	 */
	record SelectedTerm(Family family, String text, float boost, float salience, Map<String, TermStates> states) {

		/**
		 * Documents with the term in their text, else their title, else their context;
		 * zero when it is in none, or in more than {@code maxDocFreq} documents.
		 */
		int docFreq(IndexSearcher searcher, Set<String> present, float maxDocFreq) throws IOException {
			for (String field : List.of(IndexFields.TEXT, IndexFields.TITLE, IndexFields.CONTEXT)) {
				TermStates states = states(searcher, IndexFields.analyzed(field, this.family), present);
				if (states != null && states.docFreq() > 0) {
					return (states.docFreq() > maxDocFreq) ? 0 : states.docFreq();
				}
			}
			return 0;
		}

		/**
		 * Per-field term queries rather than one BM25F query: term queries expose score
		 * bounds, so the disjunction over a large index is pruned (MaxScore) instead of
		 * scoring every document that has any common term.
		 */
		Query clause(IndexSearcher searcher, MatchSettings settings, Set<String> present) throws IOException {
			BooleanQuery.Builder fields = new BooleanQuery.Builder();
			Map<String, Float> weights = Map.of(IndexFields.TITLE, settings.titleWeight(), IndexFields.TEXT, 1f,
					IndexFields.TAGS, settings.tagsWeight(), IndexFields.CONTEXT, settings.contextWeight());
			for (String field : IndexFields.ANALYZED_FIELDS) {
				String name = IndexFields.analyzed(field, this.family);
				TermStates states = (weights.get(field) > 0) ? states(searcher, name, present) : null;
				if (states != null && states.docFreq() > 0) {
					Query term = new TermQuery(new Term(name, this.text), states);
					fields.add(new BoostQuery(term, weights.get(field)), BooleanClause.Occur.SHOULD);
				}
			}
			return new BoostQuery(fields.build(), this.boost);
		}

		private TermStates states(IndexSearcher searcher, String field, Set<String> present) throws IOException {
			if (!present.contains(field)) {
				return null;
			}
			TermStates states = this.states.get(field);
			if (states == null) {
				states = TermStates.build(searcher, new Term(field, this.text), true);
				this.states.put(field, states);
			}
			return states;
		}

	}

}
