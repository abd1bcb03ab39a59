package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 33's name rules: names found by a kin word before them, a katakana name before an
 * honorific, a self-introduction, a contact after, a grade before, an age after, a
 * nickname's shape, an English sign-off or title, or a list slot a found name fills; and
 * the look-alikes (firms, shops, stations, parks, towns, public figures, pets, products)
 * that stay.
 */
class RoundThirtyThreeNamesTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'妻の菜穂子が駅の階段で転びました。手すりをつけてください。' => 菜穂子
			'次女みのりの通う小学校の前の横断歩道が消えかけています。' => みのり
			'隣のスズキさんの家の塀が傾いています。' => スズキ
						'私は角の家に住む者で、宇留野と申します。' => 宇留野
						'なにかあれば 宇佐美 090-7712-3390 まで。' => 宇佐美
			'とうぶしょうがっこう　2ねん　かわさき　りょう' => かわさき
			'（メモ）⏎千代　九十一才⏎足が弱く買い物に行けません' => 千代
			'きのう、まっつんと公園で遊んだ。' => まっつん
			'The bench on the river path is broken. Asked by a neighbour, Noriko Sakai.' => Sakai
			'My wife and I (Priyanka) would like a Hindi leaflet.' => Priyanka
			'The lollipop man, everyone calls him "Uncle Tadashi", is retiring.' => Tadashi
			'Thanks to Mrs. Nakazono for finding my bag.' => Nakazono
			'掃除当番⏎1週 宮脇⏎2週 北条⏎3週 クロサワ' => クロサワ
			'参加：宮脇、北条、クロサワ、大谷' => クロサワ
			""")
	void hidesNamesByTheirShape(String text, String name) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).doesNotContain(name);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'母の病院が遠くて困っています。' => 病院
			'娘の学校の前の道が暗いです。' => 学校
			'父の日のイベントは小倉城で行われます。' => 小倉城
			'コンビニさんの前にゴミが散らかっています。' => コンビニ
			'私はボランティアです。毎週公園を掃除しています。' => ボランティア
			'お問い合わせは市役所 093-582-2102 まで。' => 市役所
						'掃除当番⏎1週 宮脇⏎2週 北条⏎3週 未定' => 未定
			'集合場所：小倉駅、黒崎駅、折尾駅' => 折尾駅
			'I run a cafe called Café Sakura near Kokura Station. Sent by the staff.' => Kokura Station
			'うちの猫のミルクが迷子です。' => ミルク
			'北九州市長に要望します。' => 市長
			'今日はちょっと寒いですね。' => ちょっと
			'新しいプリウスを買いました。' => 買いました
			'参加：小倉、八幡、戸畑の三区から' => 八幡
			""")
	void keepsWhatIsNoName(String text, String part) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).contains(part);
	}

}
