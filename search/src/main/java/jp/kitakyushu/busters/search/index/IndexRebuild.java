package jp.kitakyushu.busters.search.index;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jp.kitakyushu.busters.search.IndexSource;
import jp.kitakyushu.busters.search.SearchDocument;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a fresh writer from the source, logging progress, and commits with the stamp.
 */
record IndexRebuild(String name, IndexWriter writer) {

	private static final Logger logger = LoggerFactory.getLogger(IndexRebuild.class);

	private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

	Instant run(IndexSource source, String analysisVersion) throws IOException {
		long expected = source.count();
		long start = System.nanoTime();
		long lastLog = start;
		long done = 0;
		Instant newest = Instant.EPOCH;
		logger.info("Search index '{}': rebuilding from {} source documents", this.name, expected);
		try (Stream<SearchDocument> documents = source.all()) {
			for (SearchDocument document : (Iterable<SearchDocument>) documents::iterator) {
				this.writer.updateDocument(new Term(IndexFields.ID, document.id()),
						DocumentMapper.toDocument(document));
				newest = newest.isAfter(document.updatedAt()) ? newest : document.updatedAt();
				done++;
				if (System.nanoTime() - lastLog > PROGRESS_EVERY_NANOS) {
					lastLog = System.nanoTime();
					logger.info("Search index '{}': rebuilt {} of {} documents", this.name, done, expected);
				}
			}
		}
		// One segment: a matching query sets up a postings reader per term, field and
		// segment, so the rebuilt index is merged once here rather than queried in the
		// segments the bulk load left.
		this.writer.forceMerge(1);
		this.writer.setLiveCommitData(new CommitData(analysisVersion, newest).toUserData().entrySet());
		this.writer.commit();
		logger.info("Search index '{}': rebuilt {} documents in {} ms", this.name, done,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
		return newest;
	}

}
