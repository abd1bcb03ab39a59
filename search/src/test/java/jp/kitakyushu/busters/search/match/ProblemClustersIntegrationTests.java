package jp.kitakyushu.busters.search.match;

import java.util.List;

import jp.kitakyushu.busters.search.InvalidQueryException;
import jp.kitakyushu.busters.search.SearchDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Clusters of published problems for the curation board, from the similar-problems score.
 */
class ProblemClustersIntegrationTests extends MatcherFixture {

	@Override
	List<SearchDocument> documents() {
		return List.of(problem("roof-1", ROOF_TITLE, ROOF_TEXT, KOKURA_MINAMI, 1),
				problem("roof-2", "志井の停留所に雨よけがない", ROOF_IN_OTHER_WORDS, KOKURA_MINAMI, 2),
				problem("timetable", TIMETABLE_TITLE, TIMETABLE_TEXT, KOKURA_MINAMI, 3),
				problem("crows-1", "陣原のごみステーションにカラスよけのネットがない", "八幡西区陣原のごみステーションはネットがなく、カラスが袋を破って道路にごみが散らばります。",
						"YAHATA_NISHI", 4),
				problem("crows-2", "陣原のごみ置き場がカラスに荒らされる", "陣原のごみ置き場、カラスに荒らされて生ごみが道に散乱。防鳥ネットを置いて。", "YAHATA_NISHI", 5),
				problem("private", "志井のバス停に屋根がない", "志井のバス停に屋根がなく雨の日に困る。", KOKURA_MINAMI, 6, "PRIVATE"),
				problem("hours", "市民センターの窓口が17時に閉まる",
						"平日は17時30分まで働いているので、17時に閉まる市民センターの窓口に2024年から一度も間に合っていません（問い合わせ番号 x7f3e9）。", "TOBATA", 8),
				problem("lockers", "体育館のロッカーの鍵が壊れている", "戸畑体育館の更衣室はロッカーの鍵が壊れていて、どのロッカーにも荷物を入れられません。更衣室の床も濡れています。",
						"TOBATA", 10));
	}

	@Test
	void groupsTheSameProblemAndLeavesTheNearMissOut() {
		ClusterResult result = this.matcher
			.problemClusters(ClusterRequest.builder().filter("visibility", "PUBLIC").build());
		assertThat(result.problems()).isEqualTo(7);
		assertThat(result.truncated()).isFalse();
		assertThat(result.clusters())
			.extracting((cluster) -> List.copyOf(cluster.problemIds()).stream().sorted().toList())
			.containsExactlyInAnyOrder(List.of("roof-1", "roof-2"), List.of("crows-1", "crows-2"));
		ProblemCluster roof = result.clusters()
			.stream()
			.filter((cluster) -> cluster.problemIds().contains("roof-1"))
			.findFirst()
			.orElseThrow();
		assertThat(roof.size()).isEqualTo(2);
		assertThat(roof.topTerms()).contains("屋根").doesNotContain("志井");
		assertThat(roof.wards()).containsExactly(new ProblemCluster.WardCount("KOKURA_MINAMI", 2));
		assertThat(roof.cohesion()).isBetween(this.matcher.settings().clusterThreshold(), 1f);
	}

	@Test
	void filtersByWardAndPeriodAndReportsTruncation() {
		ClusterResult ward = this.matcher.problemClusters(
				ClusterRequest.builder().filter("visibility", "PUBLIC").filter("ward", "YAHATA_NISHI").build());
		assertThat(ward.problems()).isEqualTo(2);
		assertThat(ward.clusters()).singleElement()
			.extracting(ProblemCluster::problemIds)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactlyInAnyOrder("crows-1", "crows-2");
		ClusterResult period = publicClustersPostedBetween(1, 4);
		assertThat(period.problems()).isEqualTo(3);
		assertThat(period.clusters()).flatExtracting(ProblemCluster::problemIds)
			.containsExactlyInAnyOrder("roof-1", "roof-2", "timetable");
		ClusterResult few = this.matcher
			.problemClusters(ClusterRequest.builder().filter("visibility", "PUBLIC").maxProblems(2).minSize(1).build());
		assertThat(few.problems()).isEqualTo(2);
		assertThat(few.truncated()).isTrue();
	}

	@Test
	void describesAClusterByWordsNotByNumbers() {
		ClusterResult result = publicClustersPostedBetween(7, 9);
		ProblemCluster hours = result.clusters()
			.stream()
			.filter((cluster) -> cluster.problemIds().contains("hours"))
			.findFirst()
			.orElseThrow();
		// Times, years and reference codes say nothing about what the problems share;
		// the board shows words.
		assertThat(hours.topTerms()).isNotEmpty()
			.contains("窓口")
			.noneMatch((term) -> term.chars().noneMatch(Character::isLetter))
			.noneMatch((term) -> term.chars().anyMatch(Character::isDigit));
	}

	@Test
	void namesWordsAsTheProblemsWriteThem() {
		ClusterResult result = publicClustersPostedBetween(10, 11);
		// The index keeps ロッカ for ロッカー and 更衣 and 室 for 更衣室; staff read the
		// words the citizens wrote.
		assertThat(result.clusters()).singleElement()
			.extracting(ProblemCluster::topTerms)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.contains("ロッカー", "更衣室")
			.doesNotContain("ロッカ", "更衣", "室");
	}

	@Test
	void givesReasonsAsTheWriterSpellsThem() {
		List<Match> similar = this.matcher.similarProblems("更衣室のロッカーの鍵が壊れて使えない", 1);
		assertThat(similar).singleElement().extracting(Match::id).isEqualTo("lockers");
		assertThat(similar.get(0).terms()).extracting(MatchedTerm::term).contains("ロッカー").doesNotContain("ロッカ");
	}

	@Test
	void refusesRequestsItCannotAnswer() {
		assertThatThrownBy(() -> this.matcher.problemClusters(ClusterRequest.builder().maxProblems(0).build()))
			.isInstanceOf(InvalidQueryException.class);
		assertThatThrownBy(() -> this.matcher
			.problemClusters(ClusterRequest.builder().maxProblems(ClusterRequest.MAX_PROBLEMS + 1).build()))
			.isInstanceOf(InvalidQueryException.class);
		assertThatThrownBy(() -> this.matcher
			.problemClusters(ClusterRequest.builder().period(START, START.minusSeconds(1)).build()))
			.isInstanceOf(InvalidQueryException.class)
			.extracting((ex) -> ((InvalidQueryException) ex).code())
			.isEqualTo("BAD_PERIOD");
	}

	/**
	 * Clusters of the public problems posted between two seconds after {@code START},
	 * each problem allowed to stand alone.
	 */
	private ClusterResult publicClustersPostedBetween(int fromSecond, int toSecond) {
		return this.matcher.problemClusters(ClusterRequest.builder()
			.filter("visibility", "PUBLIC")
			.period(START.plusSeconds(fromSecond), START.plusSeconds(toSecond))
			.minSize(1)
			.build());
	}

}
