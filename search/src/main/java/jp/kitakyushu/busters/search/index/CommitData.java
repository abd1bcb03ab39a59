package jp.kitakyushu.busters.search.index;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The user data stored with every commit: the analysis version the index was built with,
 * the watermark (newest {@code updatedAt} indexed) the api catches up from, and the
 * positions of whoever feeds the index (e.g. change-stream resume tokens), so a restart
 * resumes exactly where the committed documents end.
 */
record CommitData(@Nullable String analysisVersion, @Nullable Instant watermark, Map<String, String> positions) {

	static final String ANALYSIS_VERSION = "busters.analysisVersion";

	static final String WATERMARK = "busters.watermark";

	static final String POSITION_PREFIX = "busters.position.";

	CommitData(@Nullable String analysisVersion, @Nullable Instant watermark) {
		this(analysisVersion, watermark, Map.of());
	}

	static CommitData from(Map<String, String> userData) {
		String watermark = userData.get(WATERMARK);
		Map<String, String> positions = new TreeMap<>();
		userData.forEach((key, value) -> {
			if (key.startsWith(POSITION_PREFIX)) {
				positions.put(key.substring(POSITION_PREFIX.length()), value);
			}
		});
		return new CommitData(userData.get(ANALYSIS_VERSION), (watermark != null) ? Instant.parse(watermark) : null,
				positions);
	}

	Map<String, String> toUserData() {
		Map<String, String> data = new TreeMap<>();
		data.put(ANALYSIS_VERSION, String.valueOf(this.analysisVersion));
		if (this.watermark != null) {
			data.put(WATERMARK, this.watermark.toString());
		}
		this.positions.forEach((key, value) -> data.put(POSITION_PREFIX + key, value));
		return data;
	}

	Optional<Instant> watermarkValue() {
		return Optional.ofNullable(this.watermark);
	}

}
