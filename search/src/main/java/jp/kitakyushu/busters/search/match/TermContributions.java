package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.search.index.IndexFields;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

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
	 * anyway.
	 */
	static Map<Integer, List<MatchedTerm>> of(IndexSearcher searcher, SourceTerms terms, MatchSettings settings,
			List<Integer> docs) throws IOException {
		Map<Integer, Map<String, Float>> byDoc = new HashMap<>();
		List<Integer> sorted = docs.stream().sorted().toList();
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		int[] explained = new int[IndexFields.Family.values().length];
		for (SourceTerms.SelectedTerm term : terms.terms()) {
			if (term.family() == IndexFields.Family.BI
					|| explained[term.family().ordinal()]++ >= DEFAULT_EXPLAINED_TERMS) {
				continue;
			}
			Weight weight = searcher.createWeight(searcher.rewrite(terms.clause(searcher, term, settings)),
					ScoreMode.COMPLETE, 1f);
			int leafIndex = -1;
			Scorer scorer = null;
			for (int doc : sorted) {
				int index = ReaderUtil.subIndex(doc, leaves);
				LeafReaderContext leaf = leaves.get(index);
				if (index != leafIndex) {
					leafIndex = index;
					scorer = weight.scorer(leaf);
				}
				if (scorer == null) {
					continue;
				}
				int target = doc - leaf.docBase;
				int at = (scorer.docID() < target) ? scorer.iterator().advance(target) : scorer.docID();
				if (at == target) {
					byDoc.computeIfAbsent(doc, (d) -> new HashMap<>()).merge(term.text(), scorer.score(), Float::sum);
				}
			}
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

}
