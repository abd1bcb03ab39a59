package jp.kitakyushu.busters.search.match;

import java.util.Random;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared-table BM25 scores every frequency and norm exactly as Lucene's BM25, one by
 * one and in bulk, with the same explanations.
 */
class MatchSimilarityTests {

	@Test
	void scoresAsLucenesBm25ToTheBit() {
		Random random = new Random(42);
		for (int round = 0; round < 200; round++) {
			float k1 = 0.5f + random.nextFloat() * 2;
			float b = random.nextFloat();
			MatchSimilarity shared = new MatchSimilarity(k1, b);
			BM25Similarity lucene = new BM25Similarity(k1, b);
			long docCount = 1 + random.nextInt(200_000);
			long sumTotalTermFreq = docCount + random.nextInt(5_000_000);
			CollectionStatistics collection = new CollectionStatistics("text", docCount + random.nextInt(1000),
					docCount, sumTotalTermFreq, sumTotalTermFreq);
			long docFreq = 1 + random.nextInt((int) docCount);
			TermStatistics term = new TermStatistics(new BytesRef("w" + round), docFreq,
					docFreq + random.nextInt(10_000));
			float boost = (random.nextBoolean()) ? 1f : random.nextFloat() * 4;
			Similarity.SimScorer ours = shared.scorer(boost, collection, term);
			Similarity.SimScorer theirs = lucene.scorer(boost, collection, term);
			int size = 1 + random.nextInt(300);
			float[] freqs = new float[size];
			long[] norms = new long[size];
			for (int i = 0; i < size; i++) {
				freqs[i] = 1 + random.nextInt(20);
				norms[i] = random.nextInt(256) - 128;
				assertThat(Float.floatToIntBits(ours.score(freqs[i], norms[i])))
					.isEqualTo(Float.floatToIntBits(theirs.score(freqs[i], norms[i])));
			}
			float[] ourScores = new float[size];
			float[] theirScores = new float[size];
			ours.asBulkSimScorer().score(size, freqs, norms, ourScores);
			theirs.asBulkSimScorer().score(size, freqs, norms, theirScores);
			assertThat(ourScores).isEqualTo(theirScores);
			Explanation freq = Explanation.match(freqs[0], "freq");
			assertThat(ours.explain(freq, norms[0])).isEqualTo(theirs.explain(freq, norms[0]));
		}
	}

	@Test
	void scoresEveryNormAndSeveralTermsAsLucenesBm25() {
		MatchSimilarity shared = new MatchSimilarity(1.2f, 0.75f);
		BM25Similarity lucene = new BM25Similarity(1.2f, 0.75f);
		CollectionStatistics collection = new CollectionStatistics("text", 1000, 900, 45_000, 45_000);
		TermStatistics one = new TermStatistics(new BytesRef("road"), 12, 20);
		TermStatistics two = new TermStatistics(new BytesRef("crack"), 300, 410);
		for (TermStatistics[] terms : new TermStatistics[][] { { one }, { two }, { one, two } }) {
			Similarity.SimScorer ours = shared.scorer(2f, collection, terms);
			Similarity.SimScorer theirs = lucene.scorer(2f, collection, terms);
			for (int norm = -128; norm < 128; norm++) {
				assertThat(ours.score(3f, norm)).isEqualTo(theirs.score(3f, norm));
			}
		}
	}

}
