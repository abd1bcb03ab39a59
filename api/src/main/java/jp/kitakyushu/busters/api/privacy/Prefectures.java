package jp.kitakyushu.busters.api.privacy;

import java.util.Set;

/**
 * Japan's 47 prefectures by name, without their suffix (北海道 whole): a gazetteer of the
 * country's top-level names, which read as places where they could read as surnames (千葉,
 * 福島) or start an address.
 */
final class Prefectures {

	/** The prefectures' names. */
	static final Set<String> NAMES = WordLists.of("""
			北海道 青森 岩手 宮城 秋田 山形 福島 茨城 栃木 群馬 埼玉 千葉 東京 神奈川 新潟 富山 石川 福井 山梨 長野 岐阜 静岡 愛知 三重
			滋賀 京都 大阪 兵庫 奈良 和歌山 鳥取 島根 岡山 広島 山口 徳島 香川 愛媛 高知 福岡 佐賀 長崎 熊本 大分 宮崎 鹿児島 沖縄
			""");

	private Prefectures() {
	}

	/** The names as a regular expression's alternatives. */
	static String alternatives() {
		return String.join("|", NAMES);
	}

}
