package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.index.DocValuesReader;
import jp.kitakyushu.busters.search.index.Filters;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Themes are scored on their mirror fields, whose postings list only themes and their
 * members: with the curated statistics every theme gets exactly the score it gets on the
 * analysed fields, in Japanese and in English, title, text and tags alike.
 */
class ThemeMirrorIntegrationTests extends MatcherFixture {

	private static final String SOURCE = "志井のバス停に屋根がなく雨の日に濡れる。The bus stop has no shelter from the rain.";

	@Override
	List<SearchDocument> documents() {
		return List.of(member("m-roof", ROOF_TITLE, ROOF_TEXT + " The bus stop has no roof.", "t-bus"),
				member("m-rain", "雨の日の側溝があふれる", "大雨のたびに側溝があふれて道路が冠水します。rain floods the road", "t-water"),
				problem("p-roof", ROOF_TITLE, ROOF_TEXT, KOKURA_MINAMI, 4),
				problem("p-other", "公園のベンチが壊れている", "公園のベンチが壊れて座れません。", KOKURA_MINAMI, 5),
				theme("t-bus", "バス停の改善", "バス停に屋根とベンチを整えます。Bus stops get shelters.", "交通"),
				theme("t-water", "雨水対策", "大雨の日に道路が冠水しないよう側溝を整えます。Rain and floods.", "防災"),
				theme("t-park", "公園の遊具", "公園の遊具とベンチを新しくします。", "公園"));
	}

	private static SearchDocument member(String id, String title, String text, String theme) {
		return SearchDocument.builder(id, DocumentType.PROBLEM, START)
			.title(title)
			.text(text)
			.status("PUBLISHED")
			.attribute(SearchDocument.THEME_ID, theme)
			.build();
	}

	private static SearchDocument theme(String id, String title, String text, String tag) {
		return SearchDocument.builder(id, DocumentType.THEME, START).title(title).text(text).tags(List.of(tag)).build();
	}

	@Test
	void themesScoreOnTheirMirrorsExactlyAsOnTheFieldsThemselves() {
		Map<String, Float> mirrored = new HashMap<>();
		Map<String, Float> direct = new HashMap<>();
		this.index.withSearcher((shared) -> {
			IndexSearcher searcher = new CuratedStatisticsSearcher(shared.getIndexReader());
			searcher
				.setSimilarity(new BM25Similarity(this.matcher.settings().bm25K1(), this.matcher.settings().bm25B()));
			SourceTerms terms = SourceTerms.select(searcher, SOURCE, this.matcher.settings());
			collect(searcher, terms.mirrorQuery(searcher, this.matcher.settings(), Integer.MAX_VALUE, (term) -> 1f),
					mirrored);
			collect(searcher, terms.query(searcher, this.matcher.settings()), direct);
			return null;
		});
		assertThat(direct).containsOnlyKeys("t-bus", "t-water");
		assertThat(mirrored).isEqualTo(direct);
	}

	private static void collect(IndexSearcher searcher, Query scoring, Map<String, Float> scores) throws IOException {
		Query themes = Filters.apply(scoring, Set.of(DocumentType.THEME), Map.of());
		for (ScoreDoc hit : TopHits.of(searcher, themes, 100)) {
			scores.put(DocValuesReader.id(searcher.getIndexReader(), hit.doc), hit.score);
		}
	}

}
