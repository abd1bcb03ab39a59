package jp.kitakyushu.busters.search.index;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The user data stored with every commit: the analysis version the index was built with
 * and the watermark (newest {@code updatedAt} indexed) the api catches up from.
 */
record CommitData(@Nullable String analysisVersion, @Nullable Instant watermark) {

	static final String ANALYSIS_VERSION = "busters.analysisVersion";

	static final String WATERMARK = "busters.watermark";

	static CommitData from(Map<String, String> userData) {
		String watermark = userData.get(WATERMARK);
		return new CommitData(userData.get(ANALYSIS_VERSION), (watermark != null) ? Instant.parse(watermark) : null);
	}

	Map<String, String> toUserData() {
		return (this.watermark != null)
				? Map.of(ANALYSIS_VERSION, String.valueOf(this.analysisVersion), WATERMARK, this.watermark.toString())
				: Map.of(ANALYSIS_VERSION, String.valueOf(this.analysisVersion));
	}

	Optional<Instant> watermarkValue() {
		return Optional.ofNullable(this.watermark);
	}

}
