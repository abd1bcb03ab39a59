package jp.kitakyushu.busters.api.report;

import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month document of the earlier layout becomes the same counts in the counter
 * documents, each sum landing where {@link ProblemDelta} now increments it.
 */
class LegacyMonthSplitTests {

	@Test
	void everySumOfAMonthDocumentMovesToItsCounterDocument() {
		Document month = new Document("_id", "2026-04")
			.append("t", new Document("submitted", 3).append("published", 2L))
			.append("st", new Document("SUBMITTED", 1).append("PUBLISHED", 2))
			.append("cat", new Document("ROAD", new Document("submitted", 3)))
			.append("ward",
					new Document("TOBATA", new Document("submitted", 2)).append("KOKURA_KITA",
							new Document("submitted", 1)))
			.append("ch", new Document("WEB", new Document("submitted", 3).append("supporters", 5)))
			.append("c", new Document("ROAD|TOBATA|WEB", new Document("submitted", 2)))
			.append("s", new Document("ROAD|TOBATA|WEB", new Document("PUBLISHED", 2)));

		Map<String, Map<String, Long>> increments = LegacyMonthSplit.increments(month);

		assertThat(increments).containsExactlyInAnyOrderEntriesOf(Map.of("t|2026-04",
				Map.of("submitted", 3L, "published", 2L, "s.SUBMITTED", 1L, "s.PUBLISHED", 2L), "cat|2026-04|ROAD",
				Map.of("submitted", 3L), "ward|2026-04|TOBATA", Map.of("submitted", 2L), "ward|2026-04|KOKURA_KITA",
				Map.of("submitted", 1L), "ch|2026-04|WEB", Map.of("submitted", 3L, "supporters", 5L),
				"c|2026-04|ROAD|TOBATA|WEB", Map.of("submitted", 2L, "s.PUBLISHED", 2L)));
	}

	@Test
	void aNewSubmissionIncrementsFiveSmallDocuments() {
		ProblemRow row = ProblemRow.first(
				new ProblemFacts("p1", "ROAD", "TOBATA", "WEB", "SUBMITTED",
						java.time.Instant.parse("2026-04-10T00:00:00Z"),
						java.time.Instant.parse("2026-04-10T00:00:00Z"), 0, java.util.List.of()),
				new Months(java.time.ZoneId.of("Asia/Tokyo")));

		ProblemDelta delta = ProblemDelta.between(null, row, new Months(java.time.ZoneId.of("Asia/Tokyo")));

		assertThat(delta.counters).containsOnlyKeys("t|2026-04", "cat|2026-04|ROAD", "ward|2026-04|TOBATA",
				"ch|2026-04|WEB", "c|2026-04|ROAD|TOBATA|WEB");
		assertThat(delta.counters.get("t|2026-04"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("submitted", 1L, "s.SUBMITTED", 1L));
		assertThat(delta.counters.get("cat|2026-04|ROAD")).containsExactlyInAnyOrderEntriesOf(Map.of("submitted", 1L));
	}

}
