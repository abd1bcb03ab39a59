package jp.kitakyushu.busters.api.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the api keeps its search index and how it follows the store.
 *
 * @param indexDir the index directory; derived data that can be deleted at any time
 * @param followInterval how often changes in the store (including those written by other
 * api instances) are fetched into the index
 * @param overlap how far back each catch-up looks before the last change seen, so a write
 * whose timestamp is older than a write already seen is not missed
 * @param reindexAndExit rebuild the index from the store, print progress, and exit (for
 * {@code ./busters reindex})
 */
@ConfigurationProperties("busters.search")
record SearchProperties(Path indexDir, @DefaultValue("5s") Duration followInterval,
		@DefaultValue("10s") Duration overlap, @DefaultValue("false") boolean reindexAndExit) {
}
