package jp.kitakyushu.busters.search.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where an index lives and how it behaves; {@link #of(Path, String)} gives the defaults.
 *
 * @param directory directory of the index on disk (created if missing)
 * @param name name used in logs and errors
 * @param commitInterval how often uncommitted changes are committed
 * @param maxStale longest a write may stay invisible to searchers
 * @param minStale shortest interval between reopens when a caller waits for a write
 * @param queryTimeout time limit of a single search; results found so far are returned
 * @param ramBufferMb indexing buffer before a flush
 * @param bm25K1 BM25 term-frequency saturation
 * @param bm25B BM25 length normalisation
 */
public record SearchIndexConfig(Path directory, String name, Duration commitInterval, Duration maxStale,
		Duration minStale, Duration queryTimeout, double ramBufferMb, float bm25K1, float bm25B) {

	/**
	 * Commits every half minute: a crash loses at most that much, and the api catches up.
	 */
	public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(30);

	/** A write becomes searchable within a second without anyone asking. */
	public static final Duration DEFAULT_MAX_STALE = Duration.ofSeconds(1);

	/** A caller waiting for its own write waits at most about this long. */
	public static final Duration DEFAULT_MIN_STALE = Duration.ofMillis(20);

	/** Bounds pathological queries; a search is interactive, not a batch job. */
	public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(2);

	/** Indexing buffer; larger buffers flush fewer, bigger segments during a rebuild. */
	public static final double DEFAULT_RAM_BUFFER_MB = 64;

	/**
	 * BM25 k1, tuned by cross-validation of the matching evaluation (the Lucene default
	 * is 1.2).
	 */
	public static final float DEFAULT_BM25_K1 = 1.2f;

	/**
	 * BM25 b, tuned by cross-validation of the matching evaluation (Lucene default 0.75).
	 */
	public static final float DEFAULT_BM25_B = 0.75f;

	public SearchIndexConfig {
		Objects.requireNonNull(directory, "directory");
		Objects.requireNonNull(name, "name");
	}

	/**
	 * The defaults for an index in a directory.
	 * @param directory index directory
	 * @param name index name for logs and errors
	 * @return the configuration
	 */
	public static SearchIndexConfig of(Path directory, String name) {
		return new SearchIndexConfig(directory, name, DEFAULT_COMMIT_INTERVAL, DEFAULT_MAX_STALE, DEFAULT_MIN_STALE,
				DEFAULT_QUERY_TIMEOUT, DEFAULT_RAM_BUFFER_MB, DEFAULT_BM25_K1, DEFAULT_BM25_B);
	}

	/**
	 * A copy with other BM25 parameters.
	 * @param k1 term-frequency saturation
	 * @param b length normalisation
	 * @return the configuration
	 */
	public SearchIndexConfig withBm25(float k1, float b) {
		return new SearchIndexConfig(this.directory, this.name, this.commitInterval, this.maxStale, this.minStale,
				this.queryTimeout, this.ramBufferMb, k1, b);
	}

	/**
	 * A copy with another commit interval.
	 * @param interval commit interval
	 * @return the configuration
	 */
	public SearchIndexConfig withCommitInterval(Duration interval) {
		return new SearchIndexConfig(this.directory, this.name, interval, this.maxStale, this.minStale,
				this.queryTimeout, this.ramBufferMb, this.bm25K1, this.bm25B);
	}

}
