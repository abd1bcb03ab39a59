package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 34's Japanese name rules: a kin word with the name in brackets, a parent's
 * handle, a chat's speakers, a door plate, name tag or graffiti in quotes, a guessed
 * reading, an office's staff, a role word, a last-bracket signature and a rota's slots;
 * and the look-alikes (pets, labels, places, weekdays, laughter) that stay.
 */
class RoundThirtyFourJapaneseNamesTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'塾の送り：⏎火 ママ（さゆり）⏎金 パパ（たかし）' => さゆり
			'塾の送り：⏎火 ママ（さゆり）⏎金 パパ（たかし）' => たかし
			'サッカー部の連絡⏎はるとママ：明日の集合は何時？⏎コーチ：8時です' => はるとママ
			'グループ⏎ヒロシ: 駐車場あいてる？⏎マモル: あいてるよ⏎ヒロシ: じゃあ車で行く' => マモル
			'坂の上の空き家、表札には「いのうえ」とありました。' => いのうえ
			'滑り台に「たくみ参上」と落書きがあります。消してください。' => たくみ
			'持ち主は近所の子（りょうた？）だと思います。' => りょうた
			'「もしもし、市民税課のカワムラです」という電話がありました。' => カワムラ
			'問い合わせは実行委員 長谷部 まで。' => 長谷部
			'街灯が切れています。（さかもと、中学1年）' => さかもと
			'花壇の水やり当番⏎1週 ［氏名］⏎2週 ノグチ⏎3週 あらき' => ノグチ
			'花壇の水やり当番⏎1週 ［氏名］⏎2週 ノグチ⏎3週 あらき' => あらき
			""")
	void hidesNamesByWhatTheyAreWrittenOn(String text, String name) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).doesNotContain(name);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'迷い犬を保護しました。首輪に「チョコ」と書いてあります。' => チョコ
			'バスが遅れて困ります。市で何とかしてください（笑）' => 笑
			'申込書⏎氏名：［氏名］⏎メモ：特になし⏎メール：なし' => メモ
			'シングルママ：子育て支援の窓口はどこですか' => シングルママ
			'清掃日程⏎月 燃えるごみ⏎水 プラスチック⏎金 びん・かん' => プラスチック
			'看板に「とまれ」と書いてあるのに止まらない車が多い。' => とまれ
			'受付：10時から⏎会場：市民センター⏎持ち物：タオル' => タオル
			""")
	void keepsWhatIsNoName(String text, String part) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).contains(part);
	}

}
