package jp.kitakyushu.busters.api.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Problems as citizens write them, generated from places, troubles and the people they
 * trouble, so the index holds realistic Japanese text with shared and distinct words.
 */
final class ProblemTexts {

	private static final List<String> PLACES = List.of("バス停", "公園", "歩道", "交差点", "商店街", "団地", "駅前", "海岸沿いの道", "小学校の前",
			"坂道", "市民センター", "踏切", "河川敷", "図書館の前", "病院の近く", "港");

	private static final List<Trouble> TROUBLES = List.of(new Trouble("屋根がない", "雨の日に濡れながら待つことになります", "TRANSPORT"),
			new Trouble("街灯が暗い", "夜になると足元が見えず危険です", "DISASTER_SAFETY"),
			new Trouble("段差が危ない", "つまずいて転ぶ人が何人もいます", "ELDERLY"),
			new Trouble("ごみが散乱している", "カラスが袋を破り、においもひどいです", "ENVIRONMENT"),
			new Trouble("車の速度が速い", "横断するのが怖く、事故が心配です", "DISASTER_SAFETY"),
			new Trouble("ベンチがない", "少し休みたくても座る場所がありません", "ELDERLY"),
			new Trouble("案内表示がわかりにくい", "初めて来た人が道に迷っています", "TOURISM"),
			new Trouble("放置自転車が多い", "通路がふさがれて通れません", "ENVIRONMENT"),
			new Trouble("バスの本数が少ない", "通院や買い物に使える便がありません", "TRANSPORT"),
			new Trouble("子どもの遊び場がない", "安心して遊ばせられる場所が近くにありません", "CHILDCARE"),
			new Trouble("空き家が放置されている", "草木が伸び放題で防犯上も不安です", "DISASTER_SAFETY"),
			new Trouble("手続きの窓口が遠い", "平日の昼間しか開いておらず行けません", "ADMINISTRATION"));

	private static final List<String> PEOPLE = List.of("高齢者", "子ども", "車椅子の人", "観光客", "通勤する人", "ベビーカーの親", "目の不自由な人",
			"学生");

	private static final List<String> WARDS = List.of("MOJI", "KOKURA_KITA", "KOKURA_MINAMI", "WAKAMATSU",
			"YAHATA_HIGASHI", "YAHATA_NISHI", "TOBATA");

	private final Random random;

	ProblemTexts(long seed) {
		this.random = new Random(seed);
	}

	/** The next problem as a {@code ProblemSubmitInput}. */
	Map<String, Object> next() {
		String place = pick(PLACES);
		Trouble trouble = pick(TROUBLES);
		String person = pick(PEOPLE);
		String title = place + "の" + trouble.what();
		String body = "近所の" + place + "は" + trouble.what() + "ため、" + trouble.consequence() + "。特に" + person
				+ "にとっては大きな問題で、" + pick(PEOPLE) + "からも同じ声を聞きます。" + (this.random.nextInt(90) + 10)
				+ "年近く住んでいますが、改善してほしいです。";
		return Map.of("title", title, "body", body, "category", trouble.category(), "ward", pick(WARDS));
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private record Trouble(String what, String consequence, String category) {
	}

}
