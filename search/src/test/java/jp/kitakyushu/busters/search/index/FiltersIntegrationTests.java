package jp.kitakyushu.busters.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.TestDocuments;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FiltersIntegrationTests {

	@TempDir
	Path directory;

	private static final Query PARK = new TermQuery(
			new Term(IndexFields.analyzed(IndexFields.TEXT, IndexFields.Family.JA), "公園"));

	@Test
	void theMajorityTypeIsReachedByExcludingTheOthersWithTheSameHitsAndScores() throws IOException {
		try (SearchIndex index = SearchIndex.open(SearchIndexConfig.of(this.directory, "test"), IndexSource.empty())) {
			for (int i = 1; i <= 3; i++) {
				index.upsert(TestDocuments.problem("p" + i, "公園の照明", "夜の公園が暗い " + i, i));
			}
			index.upsert(SearchDocument.builder("t1", DocumentType.THEME, TestDocuments.BASE)
				.title("公園の安全")
				.text("公園の照明と見守り")
				.build());
			index.refreshNow();
			index.withSearcher((searcher) -> {
				Query problems = Filters.apply(searcher.getIndexReader(), PARK, Set.of(DocumentType.PROBLEM), Map.of());
				assertThat(occurs(problems, BooleanClause.Occur.MUST_NOT)).isEqualTo(1);
				assertThat(occurs(problems, BooleanClause.Occur.FILTER)).isZero();
				assertThat(ranked(searcher, problems))
					.isEqualTo(ranked(searcher, Filters.apply(PARK, Set.of(DocumentType.PROBLEM), Map.of())))
					.hasSize(3);
				Query themes = Filters.apply(searcher.getIndexReader(), PARK, Set.of(DocumentType.THEME), Map.of());
				assertThat(themes).isEqualTo(Filters.apply(PARK, Set.of(DocumentType.THEME), Map.of()));
				assertThat(ranked(searcher, themes)).hasSize(1);
				return null;
			});
		}
	}

	private static long occurs(Query query, BooleanClause.Occur occur) {
		return ((BooleanQuery) query).clauses().stream().filter((clause) -> clause.occur() == occur).count();
	}

	/** Each hit as its id and exact score, in rank order. */
	private static List<String> ranked(IndexSearcher searcher, Query query) throws IOException {
		List<String> hits = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
			hits.add(DocValuesReader.id(searcher.getIndexReader(), hit.doc) + "=" + Float.floatToIntBits(hit.score));
		}
		return hits;
	}

}
