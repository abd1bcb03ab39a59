package jp.kitakyushu.busters.web.citizen.post;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The api's "very likely the same problem" rides from its match onto the problem, and the
 * posting pages get those candidates apart from the merely similar ones.
 */
class SimilarProblemTests {

	@Test
	void theApisJudgementSortsTheCandidatesForThePage() {
		SimilarProblem node = new SimilarProblem("UHJvYmxlbTox", "プールのロッカーの鍵が足りない", "YAHATA_HIGASHI", "PUBLISHED", 3,
				false, false, false);
		SimilarProblem same = new SimilarProblem.Match(node, true).problem();
		SimilarProblem near = new SimilarProblem.Match(node, false).problem();
		assertThat(same.sameProblemLikely()).isTrue();
		assertThat(near.sameProblemLikely()).isFalse();
		assertThat(new SimilarProblem.Match(null, true).problem()).isNull();

		ExtendedModelMap model = new ExtendedModelMap();
		PostPages.addSimilar(model, List.of(same, near));
		assertThat(model.get("likelySame")).isEqualTo(List.of(same));
		assertThat(model.get("otherSimilar")).isEqualTo(List.of(near));
		assertThat(model.get("similar")).isEqualTo(List.of(same, near));
	}

}
