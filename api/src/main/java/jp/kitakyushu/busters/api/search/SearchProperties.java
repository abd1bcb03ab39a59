package jp.kitakyushu.busters.api.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the api keeps its search index and how it follows the store.
 *
 * @param indexDir the index directory; derived data that can be deleted at any time
 * @param followInterval how often changes written to the store by others (other api
 * instances, jobs, a write whose listeners failed) are read into the index; this
 * instance's own writes are indexed at once
 * @param overlap when the follower polls {@code updatedAt} (a store without change
 * streams) or resumes a stream from a time, how far before its last position it reads
 * again, so writes whose timestamps came out of order (or from a skewed clock) are not
 * missed
 * @param reindexAndExit rebuild the index from the store, print progress, and exit (for
 * {@code ./busters reindex})
 */
@ConfigurationProperties("busters.search")
record SearchProperties(Path indexDir, @DefaultValue("5s") Duration followInterval,
		@DefaultValue("10s") Duration overlap, @DefaultValue("false") boolean reindexAndExit) {
}
