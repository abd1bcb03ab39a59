package jp.kitakyushu.busters.search.match;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.SmallFloat;

/**
 * Lucene's BM25 for one match request, with the table of inverse length norms shared by
 * every term of a field: {@link BM25Similarity} computes the 256 entries (a division
 * each) and allocates them for every term and field weighed, which for a match's few
 * hundred clauses was a tenth of the bytes a request allocated. The table depends only on
 * k1, b and the field's average length, so the scores are the same to the bit: the same
 * operations in the same order ({@code MatchSimilarityTests}); explanations are
 * {@link BM25Similarity}'s own.
 */
final class MatchSimilarity extends Similarity {

	private final BM25Similarity bm25;

	private final float k1;

	private final float b;

	/** Inverse norms by the float bits of the average field length. */
	private final Map<Integer, float[]> inverseNorms = new ConcurrentHashMap<>();

	/**
	 * A similarity whose scores are {@code new BM25Similarity(k1, b)}'s.
	 * @param k1 term frequency saturation
	 * @param b length normalisation
	 */
	MatchSimilarity(float k1, float b) {
		this.bm25 = new BM25Similarity(k1, b);
		this.k1 = k1;
		this.b = b;
	}

	@Override
	public long computeNorm(FieldInvertState state) {
		return this.bm25.computeNorm(state);
	}

	@Override
	public SimScorer scorer(float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
		Explanation idf = (termStats.length == 1) ? this.bm25.idfExplain(collectionStats, termStats[0])
				: this.bm25.idfExplain(collectionStats, termStats);
		// As BM25Similarity#avgFieldLength.
		float avgdl = (float) (collectionStats.sumTotalTermFreq() / (double) collectionStats.docCount());
		float[] cache = this.inverseNorms.computeIfAbsent(Float.floatToIntBits(avgdl), (bits) -> inverseNorms(avgdl));
		return new Scorer(boost * idf.getValue().floatValue(), cache,
				() -> this.bm25.scorer(boost, collectionStats, termStats));
	}

	/** As BM25Similarity#scorer fills its cache. */
	private float[] inverseNorms(float avgdl) {
		float[] cache = new float[256];
		for (int i = 0; i < cache.length; i++) {
			cache[i] = 1f / (this.k1 * ((1 - this.b) + this.b * LengthTable.VALUES[i] / avgdl));
		}
		return cache;
	}

	@Override
	public String toString() {
		return this.bm25.toString();
	}

	/** BM25's scorer over a shared table; explanations come from Lucene's own scorer. */
	private static final class Scorer extends SimScorer {

		private final float weight;

		private final float[] cache;

		private final Supplier<SimScorer> explaining;

		Scorer(float weight, float[] cache, Supplier<SimScorer> explaining) {
			this.weight = weight;
			this.cache = cache;
			this.explaining = explaining;
		}

		@Override
		public float score(float freq, long encodedNorm) {
			float normInverse = this.cache[((byte) encodedNorm) & 0xFF];
			return this.weight - this.weight / (1f + freq * normInverse);
		}

		@Override
		public BulkSimScorer asBulkSimScorer() {
			return new Bulk(this.weight, this.cache);
		}

		@Override
		public Explanation explain(Explanation freq, long encodedNorm) {
			return this.explaining.get().explain(freq, encodedNorm);
		}

	}

	/**
	 * Lucene's bulk scorer: the norms' inverses first, then the scores, one array per
	 * scorer.
	 */
	private static final class Bulk implements BulkSimScorer {

		private final float weight;

		private final float[] cache;

		private float[] normInverses = new float[0];

		Bulk(float weight, float[] cache) {
			this.weight = weight;
			this.cache = cache;
		}

		@Override
		public void score(int size, float[] freqs, long[] norms, float[] scores) {
			if (this.normInverses.length < size) {
				this.normInverses = new float[ArrayUtil.oversize(size, Float.BYTES)];
			}
			float[] inverses = this.normInverses;
			for (int i = 0; i < size; i++) {
				inverses[i] = this.cache[((byte) norms[i]) & 0xFF];
			}
			for (int i = 0; i < size; i++) {
				scores[i] = this.weight - this.weight / (1f + freqs[i] * inverses[i]);
			}
		}

	}

	/** BM25Similarity's length table: the length each norm byte stands for. */
	private static final class LengthTable {

		static final float[] VALUES = new float[256];

		static {
			for (int i = 0; i < 256; i++) {
				VALUES[i] = SmallFloat.byte4ToInt((byte) i);
			}
		}

	}

}
