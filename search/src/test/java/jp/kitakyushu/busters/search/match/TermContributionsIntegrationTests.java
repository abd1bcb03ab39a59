package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.TestDocuments;
import jp.kitakyushu.busters.search.index.IndexFields.Family;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Term contributions read from postings score each term exactly as its clause's query
 * scores it in Lucene: the reasons shown are the query's own.
 */
class TermContributionsIntegrationTests extends MatcherFixture {

	@Override
	List<SearchDocument> documents() {
		List<SearchDocument> documents = new ArrayList<>(TestDocuments.civicProblems());
		documents.add(problem("roof", ROOF_TITLE, ROOF_TEXT, KOKURA_MINAMI, 1));
		documents.add(problem("timetable", TIMETABLE_TITLE, TIMETABLE_TEXT, KOKURA_MINAMI, 2));
		return documents;
	}

	@Test
	void eachContributionIsTheTermClauseScore() {
		MatchSettings settings = MatchSettings.defaults();
		Map<String, Float> checked = this.index.withSearcher((shared) -> {
			IndexSearcher searcher = new MirrorStatisticsSearcher(shared.getIndexReader());
			searcher.setSimilarity(new BM25Similarity(settings.bm25K1(), settings.bm25B()));
			SourceTerms terms = SourceTerms.select(searcher, ROOF_IN_OTHER_WORDS + " " + TIMETABLE_TEXT, settings);
			List<Integer> docs = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(new MatchAllDocsQuery(), 1000).scoreDocs) {
				docs.add(hit.doc);
			}
			Map<Integer, List<MatchedTerm>> why = TermContributions.of(searcher, terms, settings, docs);
			Map<String, Float> compared = new HashMap<>();
			for (int doc : docs) {
				for (MatchedTerm term : why.get(doc)) {
					float expected = clauseScore(searcher, terms, settings, term.term(), doc);
					assertThat(term.contribution()).as("%s in doc %d", term.term(), doc).isEqualTo(expected);
					compared.put(term.term() + "@" + doc, expected);
				}
			}
			return compared;
		});
		// Several documents and terms were compared, not none.
		assertThat(checked).hasSizeGreaterThan(10);
	}

	/**
	 * The sum of the scores of the clauses of the source's non-bigram terms with this
	 * text on the document, as Lucene's weights and scorers give them.
	 */
	private static float clauseScore(IndexSearcher searcher, SourceTerms terms, MatchSettings settings, String text,
			int doc) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		float sum = 0;
		for (SourceTerms.SelectedTerm term : terms.terms()) {
			if (term.family() == Family.BI || !term.text().equals(text)) {
				continue;
			}
			Weight weight = searcher.createWeight(searcher.rewrite(terms.clause(searcher, term, settings)),
					ScoreMode.COMPLETE, 1f);
			Scorer scorer = weight.scorer(leaf);
			if (scorer != null && scorer.iterator().advance(doc - leaf.docBase) == doc - leaf.docBase) {
				sum += scorer.score();
			}
		}
		return sum;
	}

}
