package jp.kitakyushu.busters.web.staff.moderation;

import java.time.Instant;
import java.util.List;

import jp.kitakyushu.busters.web.staff.FindingMark;
import jp.kitakyushu.busters.web.staff.moderation.ModerationQueueController.Queued;
import jp.kitakyushu.busters.web.ui.Category;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A queued post counts as waiting only the flagged findings staff have not decided on,
 * and counts every finding as a masked span.
 */
class QueuedTests {

	@Test
	void onlyUnreviewedFlaggedFindingsWait() {
		Queued queued = queued(List.of(new FindingMark("FLAGGED", false), new FindingMark("FLAGGED", true),
				new FindingMark("MASKED", false), new FindingMark("FLAGGED", false)));
		assertThat(queued.waitingFindings()).isEqualTo(2);
		assertThat(queued.maskedSpans()).isEqualTo(4);
	}

	@Test
	void aPostWithoutFindingsOrWhoseFindingsStaffCannotSeeWaitsForNothing() {
		assertThat(queued(List.of()).waitingFindings()).isZero();
		assertThat(queued(null).waitingFindings()).isZero();
		assertThat(queued(null).maskedSpans()).isZero();
	}

	private static Queued queued(List<FindingMark> findings) {
		return new Queued("UHJvYmxlbTpwMQ", "街灯", "坂の街灯が消えています。", "WEB", null, "KOKURA_KITA",
				Instant.parse("2026-12-05T00:00:00Z"), new Category("TRAFFIC", "交通", "Traffic"), findings);
	}

}
