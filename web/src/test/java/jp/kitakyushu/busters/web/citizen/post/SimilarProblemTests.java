package jp.kitakyushu.busters.web.citizen.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The api's "very likely the same problem" rides from its match onto the problem, and the
 * posting pages get those candidates apart from the merely similar ones.
 */
class SimilarProblemTests {

	@Test
	void theApisJudgementSortsTheCandidatesForThePage() {
		SimilarProblem.Node node = new SimilarProblem.Node("UHJvYmxlbTox", "プールのロッカーの鍵が足りない", "YAHATA_HIGASHI",
				"PUBLISHED", 3, false, false);
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

	@Test
	void aMatchReadsAsTheApiSendsIt() {
		String answer = """
				[{"sameProblemLikely": true, "node": {"id": "UHJvYmxlbTox", "title": "鍵が足りない", "ward": "MOJI",
				  "status": "PUBLISHED", "supporterCount": 2, "supportedByMe": false, "submittedByMe": false}},
				 {"sameProblemLikely": false, "node": {"id": "UHJvYmxlbToy", "title": "更衣室が狭い", "ward": "MOJI",
				  "status": "ADOPTED", "supporterCount": 0, "supportedByMe": true, "submittedByMe": false}}]""";
		List<SimilarProblem.Match> matches = JsonMapper.builder()
			.build()
			.readValue(answer, new TypeReference<List<SimilarProblem.Match>>() {
			});
		assertThat(matches.get(0).problem().sameProblemLikely()).isTrue();
		assertThat(matches.get(0).problem().supporterCount()).isEqualTo(2);
		assertThat(matches.get(1).problem().sameProblemLikely()).isFalse();
		assertThat(matches.get(1).problem().supportable()).isFalse();
	}

}
