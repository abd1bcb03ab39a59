package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.search.DocumentType;
import jp.kitakyushu.busters.search.SearchDocument;
import jp.kitakyushu.busters.search.index.DocValuesReader;
import jp.kitakyushu.busters.search.index.IndexFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Theme members are scored on mirror fields only they have, with the statistics of the
 * fields they mirror: exactly the scores the members get on the fields themselves, while
 * problems outside every theme are never walked.
 */
class MemberMirrorIntegrationTests extends MatcherFixture {

	private static final String SOURCE = "志井のバス停に屋根がなく雨の日に濡れる。The bus stop has no shelter from the rain.";

	@Override
	List<SearchDocument> documents() {
		return List.of(member("m-roof", ROOF_TITLE, ROOF_TEXT + " The bus stop has no roof.", "t-bus"),
				member("m-timetable", TIMETABLE_TITLE, TIMETABLE_TEXT, "t-bus"),
				member("m-rain", "雨の日の側溝があふれる", "大雨のたびに側溝があふれて道路が冠水します。rain floods the road", "t-water"),
				problem("p-roof", ROOF_TITLE, ROOF_TEXT, KOKURA_MINAMI, 4),
				problem("p-other", "公園のベンチが壊れている", "公園のベンチが壊れて座れません。", KOKURA_MINAMI, 5),
				SearchDocument.builder("t-bus", DocumentType.THEME, START).title("バス停の改善").build());
	}

	private static SearchDocument member(String id, String title, String text, String theme) {
		return SearchDocument.builder(id, DocumentType.PROBLEM, START)
			.title(title)
			.text(text)
			.status("PUBLISHED")
			.attribute(SearchDocument.THEME_ID, theme)
			.build();
	}

	@Test
	void membersScoreOnTheirMirrorsAsOnTheFieldsThemselves() {
		Map<String, Float> mirrored = new HashMap<>();
		Map<String, Float> direct = new HashMap<>();
		this.index.withSearcher((shared) -> {
			IndexSearcher searcher = new MirrorStatisticsSearcher(shared.getIndexReader());
			searcher
				.setSimilarity(new BM25Similarity(this.matcher.settings().bm25K1(), this.matcher.settings().bm25B()));
			SourceTerms terms = SourceTerms.select(searcher, SOURCE, this.matcher.settings());
			int perFamily = this.matcher.settings().memberMaxTerms();
			collect(searcher, terms.memberQuery(searcher, this.matcher.settings(), perFamily), mirrored);
			Query members = new BooleanQuery.Builder()
				.add(terms.query(searcher, this.matcher.settings(), perFamily), BooleanClause.Occur.MUST)
				.add(new TermQuery(new Term(IndexFields.THEME_MEMBER, "true")), BooleanClause.Occur.FILTER)
				.build();
			collect(searcher, members, direct);
			return null;
		});
		assertThat(mirrored).containsOnlyKeys("m-roof", "m-timetable", "m-rain");
		assertThat(direct).containsOnlyKeys("m-roof", "m-timetable", "m-rain");
		mirrored.forEach((id, score) -> assertThat(score).as(id).isCloseTo(direct.get(id), within(score)));
	}

	private static Offset<Float> within(float score) {
		return Offset.offset(Math.abs(score) * 1e-5f);
	}

	private static void collect(IndexSearcher searcher, Query query, Map<String, Float> scores) throws IOException {
		for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
			scores.put(DocValuesReader.id(searcher.getIndexReader(), hit.doc), hit.score);
		}
	}

}
