package jp.kitakyushu.busters.api.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.kitakyushu.busters.api.support.ApiIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept proposal counts: a proposal event on this instance makes the next page count
 * again, a change the instance did not announce (another instance's) shows once the
 * counts have aged, and withdrawn or unsubmitted proposals never count.
 */
class ProposalCountsIntegrationTests extends ApiIntegrationTest {

	private static final String THEME = "counted-theme";

	private Proposal stored(ProposalStatus status) {
		Proposal proposal = new Proposal(THEME, "counted-company", "counted-user");
		if (status != ProposalStatus.DRAFT) {
			proposal.submit(Instant.parse("2026-12-01T00:00:00Z"));
		}
		if (status == ProposalStatus.WITHDRAWN) {
			proposal.withdraw(null, Instant.parse("2026-12-02T00:00:00Z"));
		}
		return this.mongo.insert(proposal);
	}

	@Test
	void keptCountsWaitForAnEventOnThisInstance() {
		ProposalCounts counts = new ProposalCounts(this.mongo, Duration.ofHours(1));
		stored(ProposalStatus.SUBMITTED);
		assertThat(counts.of(List.of(THEME, "other-theme"))).isEqualTo(Map.of(THEME, 1));

		Proposal unannounced = stored(ProposalStatus.SUBMITTED);
		assertThat(counts.of(List.of(THEME))).isEqualTo(Map.of(THEME, 1));

		counts.on(new ProposalSubmitted(unannounced.getId(), THEME, "counted-company"));
		assertThat(counts.of(List.of(THEME))).isEqualTo(Map.of(THEME, 2));
	}

	@Test
	void agedCountsSeeChangesNobodyAnnounced() {
		ProposalCounts counts = new ProposalCounts(this.mongo, Duration.ZERO);
		assertThat(counts.of(List.of(THEME))).isEmpty();
		stored(ProposalStatus.SUBMITTED);
		stored(ProposalStatus.DRAFT);
		stored(ProposalStatus.WITHDRAWN);
		assertThat(counts.of(List.of(THEME))).isEqualTo(Map.of(THEME, 1));
	}

}
