package jp.kitakyushu.busters.search.match;

import java.util.List;

import jp.kitakyushu.busters.search.SearchDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the curation board joins two problems: by both problems' matches of each other, so
 * that a paraphrase the original's own match rates low still joins it, while a near-miss
 * (same place, another defect) stays apart.
 */
class ClusterJoiningIntegrationTests extends MatcherFixture {

	private static final String WAKAMATSU = "WAKAMATSU";

	@Override
	List<SearchDocument> documents() {
		return List.of(
				problem("bench", "若松の海沿いの遊歩道のベンチが壊れたまま", "若松区の海沿いの遊歩道のベンチが、板が割れたまま何か月も放置されていて座れません。", WAKAMATSU, 1),
				problem("bench-retold", "海の散歩コースの腰掛け", "若松の海辺の散歩コース、腰掛けが割れてて使えない。もう半年くらいこのまま。", WAKAMATSU, 2),
				problem("lights", "若松の海沿いの遊歩道の街灯が消えている", "若松区の海沿いの遊歩道は街灯が何本も消えていて、夜は足元が見えません。", WAKAMATSU, 3),
				problem("crows", "陣原のごみステーションにカラスよけのネットがない", "八幡西区陣原のごみステーションはネットがなく、カラスが袋を破って道路にごみが散らばります。",
						"YAHATA_NISHI", 4),
				problem("hours", "市民センターの窓口が17時に閉まる", "平日は17時30分まで働いているので、17時に閉まる市民センターの窓口に一度も間に合っていません。", "TOBATA", 5),
				problem("park", "公園の遊具が撤去されたまま", "近所の公園の遊具が撤去されたまま、子どもの遊び場がありません。", "YAHATA_NISHI", 6),
				problem("roof", ROOF_TITLE, ROOF_TEXT, KOKURA_MINAMI, 7));
	}

	@Test
	void joinsAParaphraseTheOriginalRatesLowAndLeavesTheNearMissApart() {
		// Seen from the original, the paraphrase is below the board's threshold and not
		// far above the near-miss: the original's match alone would not join them.
		List<Match> fromOriginal = this.matcher.similarProblemsTo("bench", 2);
		assertThat(fromOriginal).extracting(Match::id).containsExactly("bench-retold", "lights");
		assertThat(fromOriginal.get(0).score()).isLessThan(this.matcher.settings().clusterThreshold());
		ClusterResult result = this.matcher
			.problemClusters(ClusterRequest.builder().filter("visibility", "PUBLIC").minSize(1).build());
		assertThat(result.problems()).isEqualTo(7);
		assertThat(result.clusters()).filteredOn((cluster) -> cluster.size() > 1)
			.singleElement()
			.extracting((cluster) -> List.copyOf(cluster.problemIds()).stream().sorted().toList())
			.isEqualTo(List.of("bench", "bench-retold"));
		assertThat(result.clusters()).filteredOn((cluster) -> cluster.problemIds().contains("lights"))
			.singleElement()
			.extracting(ProblemCluster::size)
			.isEqualTo(1);
	}

}
