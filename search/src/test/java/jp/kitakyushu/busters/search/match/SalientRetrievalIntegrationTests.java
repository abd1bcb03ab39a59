package jp.kitakyushu.busters.search.match;

import java.util.ArrayList;
import java.util.List;

import jp.kitakyushu.busters.search.SearchDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Similar problems retrieved with the source's most salient terms and ranked with all of
 * them, on an index larger than the pool: the duplicate is still found, with about the
 * probability the full query gives it.
 */
class SalientRetrievalIntegrationTests extends MatcherFixture {

	private static final String[] PLACES = { "小倉駅", "黒崎", "戸畑", "門司港", "若松", "八幡" };

	private static final String[] DEFECTS = { "ベンチが壊れている", "照明が暗い", "案内板が古い", "点字ブロックが欠けている", "ごみ箱があふれている" };

	@Override
	List<SearchDocument> documents() {
		List<SearchDocument> documents = new ArrayList<>();
		documents.add(problem("roof", ROOF_TITLE, ROOF_TEXT, KOKURA_MINAMI, 1));
		documents.add(problem("timetable", TIMETABLE_TITLE, TIMETABLE_TEXT, KOKURA_MINAMI, 2));
		// Many problems on the same topic (bus stops), each with a defect of its own.
		int second = 3;
		for (String place : PLACES) {
			for (String defect : DEFECTS) {
				documents.add(problem("stop-" + second, place + "のバス停の" + defect,
						place + "のバス停を毎日使っていますが、" + defect + "ので困っています。雨の日は特に不便です。", "KOKURA_KITA", second));
				second++;
			}
		}
		return documents;
	}

	@Test
	void theDuplicateIsFoundAndScoredAsByTheFullQuery() {
		MatchSettings full = MatchSettings.defaults().with("problemCandidates", "6").with("retrievalPool", "0");
		// Two words and no synonym per family retrieve a pool of 10 among 32 problems.
		MatchSettings salient = full.with("retrievalTerms", "2")
			.with("retrievalExpansions", "0")
			.with("retrievalPool", "10");
		List<Match> expected = new Matcher(this.index, full).similarProblems(ROOF_IN_OTHER_WORDS, 3);
		List<Match> found = new Matcher(this.index, salient).similarProblems(ROOF_IN_OTHER_WORDS, 3);
		assertThat(expected).extracting(Match::id).startsWith("roof");
		assertThat(found).extracting(Match::id).startsWith("roof");
		// Not the same probability to the last digit: the local features weigh words by
		// how many of the candidates have them, and a pool of 10 holds other candidates
		// than the full query's best 6.
		assertThat(found.get(0).score()).isCloseTo(expected.get(0).score(), offset(0.01f))
			.isGreaterThanOrEqualTo(this.matcher.hintThreshold());
	}

	@Test
	void aSmallRetrievalQueryLeavesTermsOutAndAFullOneIsNotBuilt() throws Exception {
		this.index.withSearcher((searcher) -> {
			SourceTerms terms = SourceTerms.select(searcher, ROOF_IN_OTHER_WORDS, MatchSettings.defaults());
			assertThat(terms.retrievalQuery(searcher, MatchSettings.defaults(), 2, 0)).isNotNull();
			assertThat(terms.retrievalQuery(searcher, MatchSettings.defaults(), Integer.MAX_VALUE, Integer.MAX_VALUE))
				.isNull();
			return null;
		});
	}

}
