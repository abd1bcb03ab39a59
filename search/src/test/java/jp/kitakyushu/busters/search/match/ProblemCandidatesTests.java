package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Two-stage candidates: each hit carries its score for the full query, the hits are the
 * full query's best among the short query's, and they are the full query's own best
 * whenever those are among the short query's hits; several segments and deletions.
 */
class ProblemCandidatesTests {

	private static final int WORDS = 40;

	@Test
	void findsTheFullQuerysBestAmongTheShortQuerysHits() throws IOException {
		try (Directory directory = new ByteBuffersDirectory()) {
			Random random = new Random(11);
			SegmentedTestIndex.write(directory, (i) -> {
				Document doc = new Document();
				StringBuilder text = new StringBuilder();
				for (int w = 0, n = 2 + random.nextInt(12); w < n; w++) {
					// Skewed: low word numbers are common, high ones rare.
					text.append("w").append((int) (WORDS * Math.pow(random.nextDouble(), 2))).append(' ');
				}
				doc.add(new TextField("text", text.toString(), Field.Store.NO));
				return doc;
			});
			try (DirectoryReader reader = SegmentedTestIndex.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				int same = 0;
				for (int q = 0; q < 30; q++) {
					BooleanQuery.Builder full = new BooleanQuery.Builder();
					BooleanQuery.Builder first = new BooleanQuery.Builder();
					for (int t = 0; t < 12; t++) {
						int word = (q * 7 + t * 3) % WORDS;
						// The rarer words weigh more, as salient terms do, and make the
						// short query.
						Query clause = new BoostQuery(new TermQuery(new Term("text", "w" + word)), 1f + word / 10f);
						full.add(clause, Occur.SHOULD);
						if (word >= WORDS / 4) {
							first.add(clause, Occur.SHOULD);
						}
					}
					Query fullQuery = full.build();
					Query firstQuery = first.build();
					int n = 5 + q % 10;
					ScoreDoc[] hits = ProblemCandidates.of(searcher, firstQuery, fullQuery, false, n);
					ScoreDoc[] shortHits = TopHits.of(searcher, firstQuery, n * ProblemCandidates.FIRST_STAGE_FACTOR);
					Map<Integer, Float> fullScores = scores(searcher, fullQuery);
					assertThat(hits).hasSize(Math.min(n, shortHits.length));
					for (ScoreDoc hit : hits) {
						assertThat(hit.score).isCloseTo(fullScores.get(hit.doc),
								within(1e-4f * fullScores.get(hit.doc)));
					}
					// The best of the short query's hits by their full scores, best
					// first.
					List<Float> rescored = Arrays.stream(shortHits)
						.map((hit) -> fullScores.get(hit.doc))
						.sorted((a, b) -> Float.compare(b, a))
						.toList();
					for (int i = 0; i < hits.length; i++) {
						assertThat(hits[i].score).isCloseTo(rescored.get(i), within(1e-4f * rescored.get(i)));
					}
					ScoreDoc[] best = TopHits.of(searcher, fullQuery, n);
					Set<Integer> shortDocs = Arrays.stream(shortHits).map((hit) -> hit.doc).collect(Collectors.toSet());
					if (Arrays.stream(best).allMatch((hit) -> shortDocs.contains(hit.doc))) {
						same++;
						assertThat(docs(hits)).containsExactlyInAnyOrderElementsOf(docs(best));
					}
					assertThat(ProblemCandidates.of(searcher, fullQuery, fullQuery, true, n))
						.extracting((hit) -> hit.doc)
						.containsExactlyElementsOf(docs(best));
				}
				// The case the stages are for: most queries' best are among the short
				// one's.
				assertThat(same).isGreaterThanOrEqualTo(5);
			}
		}
	}

	private static List<Integer> docs(ScoreDoc[] hits) {
		return Arrays.stream(hits).map((hit) -> hit.doc).toList();
	}

	private static Map<Integer, Float> scores(IndexSearcher searcher, Query query) throws IOException {
		Map<Integer, Float> scores = new HashMap<>();
		for (ScoreDoc hit : searcher.search(query, searcher.getIndexReader().maxDoc()).scoreDocs) {
			scores.put(hit.doc, hit.score);
		}
		return scores;
	}

}
