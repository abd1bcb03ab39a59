package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameDetectorTests {

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			小倉南区の山田太郎さんから連絡がありました。 => 山田太郎
			民生委員の田中様に相談しました。 => 田中
			佐藤氏の提案では清掃を増やします。 => 佐藤
			隣の山本くんが危ない目にあいました。 => 山本
			保育園で花子ちゃんが遊具から落ちそうになりました。 => 花子
			町内会長田中さんが来ました。 => 田中
			小倉北区役所職員山田さんが説明しました。 => 山田
			東さんが手伝ってくれました。 => 東
			スミスさん一家が参加しました。 => スミス
			娘のゆいちゃんが通う保育園 => ゆい
			主治医の岡田先生に相談しました。 => 岡田
			私は山田花子です。 => 山田花子
			わたしは佐々木ゆみです。 => 佐々木ゆみ
			戸畑区で子ども食堂を運営している鈴木と申します。 => 鈴木
			名前は鈴木一郎、八幡東区在住です。 => 鈴木一郎
			私の名前は石井です。 => 石井
			町内会の会計をしている井上です。 => 井上
			民生委員をしております、青木でございます。 => 青木
			氏名：田村 陽子 => 田村 陽子
			詳しくは090-0000-1111（山田）まで。 => 山田
			事務局の高木（takagi@example.jp）まで。 => 高木
			口座名義 ヤマダ タロウ => ヤマダ タロウ
			My name is John Smith and I live in Kokura. => John Smith
			I am Jane Doe, a resident of Yahatanishi. => Jane Doe
			I'm Ken Sato, chair of the association. => Ken Sato
			Mr. Tanaka reported the broken bench. => Tanaka
			Tanaka-san at the ward office helped. => Tanaka
			My son Kenji walks to school. => Kenji
			Best regards, Emily Brown => Emily Brown
			Contact Aiko Tanaka for volunteer shifts. => Aiko Tanaka
			""")
	void findsNamesThroughHonorificsAndIntroductions(String text, String name) {
		assertThat(Detected.of(PersonalDataKind.PERSON_NAME, text)).containsExactly(name);
	}

	@Test
	void hidesTheReadingInBracketsWithTheName() {
		assertThat(Detected.withConfidence(PersonalDataKind.PERSON_NAME, "担当は松田（まつだ）です。")).containsExactly("松田:MASKED",
				"まつだ:MASKED");
	}

	@ParameterizedTest
	@ValueSource(strings = { "お子さんを連れて公園に行きます。", "皆さんのご協力をお願いします。", "住民の皆様へお知らせです。", "お客様から声が寄せられています。",
			"患者さんが待たされています。", "店員さんが親切でした。", "運転手さんが急ブレーキをかけました。", "近所の方から苦情がありました。", "お年寄りが渡りきれません。", "職員さんに相談しました。",
			"市長さんに見てほしいです。", "看護師さんが足りません。", "介護ヘルパーさんの駐車場所", "赤ちゃん連れでも使える授乳室", "おばあちゃんが散歩する道", "ご主人様を亡くされた方",
			"同様の問題が起きています。", "子どもたちの様子を見ています。", "様々な意見があります。", "氏名と住所は公開されません。", "お疲れ様です。", "私は反対です。", "私は北九州市民です。",
			"私は小倉北区に住む主婦です。", "バス停の名前は小倉駅前です。", "西鉄さんにお願いしたい。", "市役所さんの対応に感謝します。", "大家さんに相談しました。", "お地蔵さんの祠が壊れました。",
			"ケアマネさんと相談しました。", "投稿者：匿名希望", "担当の職員が確認します。", "I am very concerned about the sidewalks.",
			"This is Kitakyushu City's flagship programme.", "My neighbour says the park is unsafe.",
			"I'm Japanese and live in Tobata.", "Dr. visits are covered by insurance.",
			"Please contact the ward office." })
	void leavesWordsThatTakeHonorificsButAreNotNamesAlone(String text) {
		assertThat(Detected.of(PersonalDataKind.PERSON_NAME, text)).isEmpty();
	}

}
