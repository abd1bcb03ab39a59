package jp.kitakyushu.busters.search.index;

import java.time.Instant;
import java.util.Optional;

/**
 * What a readiness check needs to know about one index.
 *
 * @param name index name
 * @param open whether the writer is open
 * @param searchable whether a searcher could be acquired and used
 * @param documents live documents visible to searchers
 * @param watermark newest {@code updatedAt} committed, if any
 * @param analysisVersion analysis the index was built with
 * @param detail a failure message when not healthy, else empty
 */
public record IndexHealth(String name, boolean open, boolean searchable, long documents, Optional<Instant> watermark,
		String analysisVersion, String detail) {

	/**
	 * Whether the index can serve queries.
	 * @return {@code true} when open and searchable
	 */
	public boolean healthy() {
		return this.open && this.searchable;
	}

}
