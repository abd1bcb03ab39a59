package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 36's Japanese rules: a hiragana name glued into kana before ちゃん, くん or さん, a
 * cut-short nickname, a room or lot number just before a found name, a word beside a
 * found name across an arrow, and a roster line shaped like the found ones; and the
 * look-alikes (pets, kin words, adverbs, ordinary kana, numbers) that stay.
 */
class RoundThirtySixJapaneseTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'きのうはこうえんでまゆちゃんとすなあそびをしました' => まゆ
			'あしたはともこせんせいのおたんじょうびです' => ともこ
			'迷子になっていたはるきくん（5歳）、無事見つかりました' => はるき
			'近所のかとうさんが毎朝ゴミ拾いをしてくれます' => かとう
			'今日はみーちゃんと皿倉山に登った' => みー
			'ごみ当番⏎101 山下 健一⏎102 川村 恵⏎201 大谷 修' => 101
			'ごみ当番⏎101 山下 健一⏎102 川村 恵⏎201 大谷 修' => 201
			'掲示板に「405の田島 和也は夜うるさい」と書かれていた' => 405
			'草刈り当番⏎1週：7-3田島 和也⏎2週：7-5森本 聡子' => 7-3
			'くじ引き⏎田島 和也 → みつき⏎みつき → 森本 聡子' => みつき
			""")
	void hidesNamesRoomsAndRosterItems(String text, String value) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).doesNotContain(value);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'ガラスの破片がたくさん落ちています' => たくさん
			'変なおじさんが公園に立っていた' => おじさん
			'おばあちゃんとおじさんがきてくれました' => おばあちゃん
			'みなさんのご協力をお願いします' => みなさん
			'ばーちゃんの家に行ってきた' => ばーちゃん
			'もう半年たつっちゃけど、まだ直らん' => たつっちゃけど
			'会議室は201と202を使います' => 201
			'バスは10時05分発、駅前から乗ります' => 05
			'ごみ出しはちゃんと分別してください' => ちゃんと
			'おまわりさんに道を聞いた' => おまわりさん
			'打ち上げは居酒屋 たなかさんでやります' => たなか
			'バスがまた遅れとるっちゃ、ほんと多すぎっちゃ' => すぎ
			""")
	void keepsLookAlikes(String text, String part) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).contains(part);
	}

}
