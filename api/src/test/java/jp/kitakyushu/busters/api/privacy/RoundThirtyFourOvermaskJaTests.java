package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 34's Japanese over-masking rules: reference and insurance numbers, numbers the
 * post calls examples, pets' names, counters and eras, towns before 丁目, a child's kana
 * place word, workplaces, groups, facilities and a building without its room stay
 * visible; the look-alikes that are a person's data (a phone after 携帯番号, a neighbour's
 * door plate, a child in a dog's post, a real number said to be no sample, a resident's
 * room) stay hidden.
 */
class RoundThirtyFourOvermaskJaTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'保険証をなくしました。被保険者番号 0034567812 です。' => 0034567812
			'介護保険の被保険者証番号 0009876543 を紛失しました。' => 0009876543
			'駐輪場の料金が二重に引かれました。レシート番号 0027-41-5566。' => 0027-41-5566
			'問い合わせの受付番号 K07-3318-2240 の件、まだ返事がありません。' => 07-3318-2240
			'申込書の電話欄に 080-5555-6666（記入見本）と印刷されています。' => 080-5555-6666（記入見本）
			'チラシのマイナンバー欄に 5555 6666 7777（サンプル）とありました。' => 5555 6666 7777
			'スマホの番号を090-1234-5678（取説の例）と書いてしまいました。' => 090-1234-5678
			'飼い猫で「みつき」と呼ばれている子がごみ袋を破ります。' => みつき
			'うちのゆうた（柴犬2歳）は雷で震えています。犬の避難所はありますか。' => ゆうた
			'迷子のインコ（名前ユウちゃん）を探しています。' => ユウちゃん
			'迷子のうさぎ、名前はココちゃんです。白くて小さい子です。' => うさぎ
			'受付は10日から、先着順です。12時から、定員30名。' => 12時から
			'きのう　ゆうきがおかこうえんで　あそびました。' => ゆうきがおかこうえん
			'「あさひが丘2丁目」の集会所の鍵がありません。' => あさひが丘
			'緊急連絡先：自宅 093-555-1212　勤務先 安田電機 093-555-3434' => 安田電機
			'緊急連絡先：自宅 093-555-1212　勤務先 安田電機 093-555-3434' => 自宅
			'撮影はフォトスタジオ高橋さんでお願いしました。' => フォトスタジオ高橋さん
			""")
	void keepsWhatIsNoOnesData(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).contains(part);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'急ぎです。携帯番号 090-3318-2240 にお願いします。' => 3318-2240
			'連絡先番号 080-4471-9925 までどうぞ。' => 4471-9925
			'かけてきた番号は 092-771-5530 でした。' => 771-5530
			'回覧板の番号は古いです。旧番号は093-475-3311でした。' => 475-3311
			'国際電話で 0081-90-4412-7783 から着信がありました。' => 4412-7783
			'個人番号：7733 2190 4418（見本ではなく本物です、消してください）' => 7733 2190 4418
			'マイナンバー記入欄に 123456789012 と書いてしまいました（仮の数字）。本当は 987654321098 です。' => 987654321098
			'隣の部屋の人がハトを飼っていて困ります。部屋は203号、名前は「タカハシ」と書いてあります。' => タカハシ
			'犬に噛まれそうになりました。娘のあかりが泣いています。' => あかり
			'近所の犬が吠えて、さくらさんが困っています。' => さくら
			'迷子の犬を探しています。名前：モモ（トイプードル、茶）。飼い主 田中 090-1111-2222' => 田中
			'部屋割り⏎1号室 宮脇、北条⏎2号室 奈良崎、大谷' => 奈良崎
			'旦那の正人が商店街の段差でつまずきました。' => 正人
			'みどり川を守る会 代表 田中' => 田中
						""")
	void hidesWhatIsSomeonesData(String text, String value) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).doesNotContain(value);
	}

}
