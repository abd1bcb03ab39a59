package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One pass keeping the best themes and the best members apart gives what the two filtered
 * searches give (documents, scores and order, ties included), over several segments with
 * deleted documents, searched as one slice or one slice per segment.
 */
class ThemesAndMembersTests {

	private static final List<String> WORDS = List.of("bus", "stop", "roof", "rain", "bench", "light", "road", "park",
			"school", "bridge", "river", "noise", "snow", "dog", "clinic");

	@Test
	void keepsWhatTheTwoFilteredSearchesFind() throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			Random random = new Random(5);
			SegmentedTestIndex.write(directory, (i) -> {
				Document doc = new Document();
				// One in ten a theme, six in ten its members, the rest neither.
				int kind = i % 10;
				doc.add(new StringField("type", (kind == 3) ? "THEME" : "PROBLEM", Field.Store.NO));
				if (kind >= 4) {
					doc.add(new StringField("member", "true", Field.Store.NO));
				}
				doc.add(new StringField("reader", (i % 13 == 5) ? "STAFF" : "PUBLIC", Field.Store.NO));
				StringBuilder text = new StringBuilder();
				// Short texts of few words: many equal scores, so ties are tested.
				for (int w = 0, n = 1 + random.nextInt((i % 3 == 0) ? 3 : 12); w < n; w++) {
					text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
				}
				doc.add(new TextField("text", text.toString(), Field.Store.NO));
				return doc;
			});
			try (DirectoryReader reader = SegmentedTestIndex.open(directory)) {
				IndexSearcher whole = new IndexSearcher(reader);
				IndexSearcher sliced = new IndexSearcher(reader, Runnable::run) {

					@Override
					protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
						return slices(leaves, 1, 1, false);
					}

				};
				assertThat(sliced.getSlices()).hasSizeGreaterThan(1);
				Query member = new TermQuery(new Term("member", "true"));
				Query theme = new TermQuery(new Term("type", "THEME"));
				Query publicTheme = new BooleanQuery.Builder().add(theme, Occur.FILTER)
					.add(new TermQuery(new Term("reader", "PUBLIC")), Occur.FILTER)
					.build();
				for (IndexSearcher searcher : List.of(whole, sliced)) {
					searcher.setSimilarity(new BM25Similarity(3f, 1f));
					for (int q = 0; q < 30; q++) {
						BooleanQuery.Builder terms = new BooleanQuery.Builder();
						for (int t = 0; t < 1 + q % 9; t++) {
							Query term = new TermQuery(new Term("text", WORDS.get((q * 7 + t) % WORDS.size())));
							terms.add((t % 2 == 0) ? term : new BoostQuery(term, 0.5f + t), Occur.SHOULD);
						}
						Query scoring = terms.build();
						for (Query themes : List.of(theme, publicTheme)) {
							for (int[] wanted : new int[][] { { 1, 1 }, { 5, 200 }, { 100, 20 }, { 100, 200 },
									{ 5000, 5000 } }) {
								ThemesAndMembers.Hits hits = ThemesAndMembers.search(searcher, scoring, themes, member,
										wanted[0], wanted[1]);
								assertSameHits(hits.themes(),
										TopHits.of(searcher, filtered(scoring, themes), wanted[0]));
								assertSameHits(hits.members(),
										TopHits.of(searcher, filtered(scoring, member), wanted[1]));
							}
						}
					}
				}
			}
		}
	}

	private static Query filtered(Query scoring, Query filter) {
		return new BooleanQuery.Builder().add(scoring, Occur.MUST).add(filter, Occur.FILTER).build();
	}

	private static void assertSameHits(ScoreDoc[] actual, ScoreDoc[] expected) {
		assertThat(expected).isNotEmpty();
		assertThat(Arrays.stream(actual).map((hit) -> hit.doc + ":" + hit.score).toList())
			.isEqualTo(Arrays.stream(expected).map((hit) -> hit.doc + ":" + hit.score).toList());
	}

}
