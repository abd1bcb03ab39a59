package jp.kitakyushu.busters.search.eval;

import java.util.Map;

/**
 * One case of a duplicates set: a published problem, the same problem in another
 * citizen's words, and a different problem on the same topic.
 *
 * @param id case id
 * @param lang {@code ja} or {@code en}
 * @param ward the original's ward code
 * @param category the original's category code
 * @param originalTitle the original's title
 * @param originalBody the original's body
 * @param paraphrase the other citizen's text, typed at intake
 * @param nearMissTitle the near-miss's title
 * @param nearMissBody the near-miss's body
 * @param nearMissWard the near-miss's ward code
 */
record DuplicateCase(String id, String lang, String ward, String category, String originalTitle, String originalBody,
		String paraphrase, String nearMissTitle, String nearMissBody, String nearMissWard) {

	static DuplicateCase of(Map<String, String> json) {
		String[] required = { "id", "original_title", "original_body", "paraphrase", "near_miss_title",
				"near_miss_body" };
		for (String key : required) {
			if (json.get(key) == null || json.get(key).isBlank()) {
				throw new IllegalArgumentException("case " + json.getOrDefault("id", "?") + " needs " + key);
			}
		}
		return new DuplicateCase(json.get("id"), json.getOrDefault("lang", "ja"), json.getOrDefault("ward", ""),
				json.getOrDefault("category", ""), json.get("original_title"), json.get("original_body"),
				json.get("paraphrase"), json.get("near_miss_title"), json.get("near_miss_body"),
				json.getOrDefault("near_miss_ward", json.getOrDefault("ward", "")));
	}

	String originalId() {
		return "original:" + this.id;
	}

	String nearMissId() {
		return "near-miss:" + this.id;
	}

}
