package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules round 6 added, from held-out-6's misses (each case written anew, none copied
 * from a corpus). What must stay visible: the holder of a public office in office, people
 * of Kitakyushu everyone knows, pets named in a post about a pet, a stop or a place named
 * in quotes, a group with a representative, letter closings, firms, shops and communities
 * in English, a town in brackets, a block letter and "someone". What is found: Japanese
 * self-introductions with a space or dots, initials, a family name before のおばあちゃん, twins,
 * a child quoted before くん, hiragana names after a school year or a relation, a surname
 * signed after a role in a quoted message, a name on a name tag, a date in a post that
 * talks of a birth date, a partial plate after a comma or in romaji, a floor after an
 * address; in English and romaji, "Watashi wa … desu", a Latin name after a Japanese role
 * or relation, names in capitals, "my husband is …", a listed given name that starts
 * school, and a named building before a romanised address.
 */
class RoundSixRuleTests {

	@ParameterizedTest
	@ValueSource(strings = { "北九州市長 山田太郎 様、道路の件でお願いがあります。", "県知事の鈴木一郎さんに手紙を書きました。", "地元出身のリリー・フランキーさんのトークショーをまた開いてほしい。",
			"迷子の犬を探しています。名前はポチ、白い柴犬です。", "ドッグランができて、うちのモモも毎日走り回っています。", "うちの子の名前は「ハナ」です。茶色の猫で首輪は青です。",
			"バス停「大谷」のベンチが壊れています。", "交差点「中島」の信号が短すぎます。", "口座名義 ヒカリノカイ（代表 山下 修）に振り込んでください。", "手すりを直してください。\n敬具",
			"管理事務所に連絡しても返事がありません。" })
	void keepsOfficesFamousPeoplePetsPlacesAndGroupsVisible(String text) {
		String[] visible = { "山田太郎", "鈴木一郎", "リリー・フランキー", "ポチ", "モモ", "ハナ", "大谷", "中島", "ヒカリノカイ", "敬具", "管理事務所" };
		String redacted = PersonalDataRedactor.standard().redact(text);
		assertThat(redacted).as(text).containsAnyOf(visible);
		for (String word : visible) {
			if (text.contains(word)) {
				assertThat(redacted).as(text).contains(word);
			}
		}
	}

	/**
	 * A demo problem's title lost its subject on the public theme page: 子どもの医療証 read as a
	 * child called 医療証. A common word with a suffix names a thing; a name after a
	 * relation is still found.
	 */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"児童手当や子どもの医療証の手続きが平日の日中しかできない" => 医療証
			"母の保険証をなくしたので再発行の窓口を知りたい" => 保険証
			"息子の交通費の精算がわかりにくい" => 交通費
			""")
	void keepsAThingAfterARelationVisible(String text, String thing) {
		assertThat(PersonalDataRedactor.standard().redact(text)).contains(thing);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"子どもの颯真が公園のブランコでけがをしました。" => 颯真
			"娘の美咲が通う小学校の前の横断歩道が消えかけています。" => 美咲
			""")
	void stillFindsANameAfterARelation(String text, String name) {
		assertThat(PersonalDataRedactor.standard().redact(text)).doesNotContain(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "My aunt works at Maple Home in Kurosaki and likes it.",
			"Our shop Sunny Diner (Kyomachi) needs a loading zone.", "The food stall I run (Ankara Kitchen) was moved.",
			"I speak for the Tobata Hindu community about the festival.",
			"Hi! Brazilian exchange student here (Lucas Pereira). The bike racks are full.",
			"Meet at block D. Someone left the gate open." })
	void keepsEnglishFirmsTownsAndGroupsVisible(String text) {
		assertThat(Detected.of(PersonalDataKind.PERSON_NAME, text)).noneMatch((name) -> name.contains("Home")
				|| name.contains("Diner") || name.contains("Kyomachi") || name.contains("Kitchen")
				|| name.contains("Hindu") || name.contains("student") || name.contains("Someone"));
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"台湾出身の林 美玲です。日本語教室の時間を増やしてください。" => 林 美玲
			"私は若松区の者で、佐藤 キヨと申します。" => 佐藤 キヨ
			"ベトナムから来たグエン・ティ・ホアです。寮の前が暗いです。" => グエン・ティ・ホア
			"レ・ミン・トゥアンといいます。工場の前の歩道が狭いです。" => レ・ミン・トゥアン
			"公園の遊具が壊れています。\\n三児の父 T.K" => T.K
			"隣のM.Sちゃんが転んでけがをしました。" => M.S
			"裏の山口のおじいちゃんが一人で困っています。" => 山口
			"双子の蓮と湊が通う保育園の前の道です。" => "蓮, 湊"
			"「はると」くんという男の子が泣いていました。" => はると
			"わたしは 2ねんせいの みさき です。" => みさき
			"むすめの あおい が こうえんで ころびました。" => あおい
			"回覧板より：「土曜は側溝の掃除です。 組長 松本」\\nよろしくお願いします。" => 松本
			"市民課の方、名札に「森田」とありました。親切でした。" => 森田
			"うちのはるかが近所の犬にほえられて泣いています。" => はるか
			""")
	void findsJapaneseNamesByTheirCues(String text, String names) {
		assertThat(Detected.of(PersonalDataKind.PERSON_NAME, text.replace("\\n", "\n")))
			.containsExactly(names.split(", "));
	}

	@ParameterizedTest
	@ValueSource(strings = { "現在 無職です。仕事を探しています。", "トイレです。汚れています。", "小倉北区 在住です。" })
	void leavesJapaneseLookAlikesOfIntroductionsAlone(String text) {
		assertThat(Detected.of(PersonalDataKind.PERSON_NAME, text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"ジョナサです。駅のエレベーターが止まっています。" => ジョナサ:FLAGGED
			"ナナミ・ハヤシです。よろしくお願いします。" => ナナミ・ハヤシ:MASKED
			""")
	void flagsAnUnknownKatakanaWordOpeningAPostBeforeDesu(String text, String name) {
		assertThat(Detected.withConfidence(PersonalDataKind.PERSON_NAME, text)).containsExactly(name);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"住民票の生年月日の欄が違います。正しくは1955年3月8日です。" => 1955年3月8日
			"The form asks for my date of birth. I typed 12 April 1961 and it failed." => 12 April 1961
			""")
	void findsAnOldDateInAPostThatTalksOfABirthDate(String text, String birth) {
		assertThat(Detected.of(PersonalDataKind.DATE_OF_BIRTH, text)).containsExactly(birth);
	}

	@ParameterizedTest
	@ValueSource(strings = { "誕生日会を公園で開きます。2025年10月4日の予定です。", "The museum opened on 3 May 2024; my birthday is soon." })
	void leavesRecentEventDatesAloneInPostsAboutBirthdays(String text) {
		assertThat(Detected.of(PersonalDataKind.DATE_OF_BIRTH, text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"白い車（福岡ナンバー、下4桁 31-75）がずっと停まっています。" => 31-75
			"A truck blocks the road every day. Plate: ...wa 8-12" => wa 8-12
			""")
	void findsPartialPlatesAfterACommaOrInRomaji(String text, String plate) {
		assertThat(Detected.of(PersonalDataKind.NUMBER_PLATE, text)).containsExactly(plate);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"',
			textBlock = """
					"事務所は戸畑区中本町2丁目4-11 5Fです。" => 戸畑区中本町2丁目4-11 5F
					"Write to Maison Sakura 302, Kurosaki 2-4-6, Yahatanishi-ku please." => "Maison Sakura 302, Kurosaki 2-4-6, Yahatanishi-ku"
					"Regards,\\nAnna\\nHibiki Danchi Bldg 3, Room 110" => "Hibiki Danchi Bldg 3, Room 110"
					""")
	void widensAddressesOverFloorsAndNamedBuildings(String text, String address) {
		assertThat(Detected.of(PersonalDataKind.POSTAL_ADDRESS, text.replace("\\n", "\n"))).contains(address);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"Ohayo gozaimasu. Watashi wa Tran Thi Mai desu. Gomi no mondai desu." => Tran Thi Mai
			"来月のBBQ、会計 Hiroshi にお金を渡してください。" => Hiroshi
			"息子 Oliver（小2）の通学路が危ないです。" => Oliver
			"振込先の名義は（JOHNSON MARY）です。" => JOHNSON MARY
			"Found a lunch box labelled 'SOTA M.' at the bus stop." => SOTA M.
			"Hello, my wife is Lucia and we live near the port." => Lucia
			"The landlord never answers. Her name is Nakagawa." => Nakagawa
			"We moved here in May. Olivia starts kindergarten next week." => Olivia
			""")
	void findsEnglishAndRomajiNamesByTheirCues(String text, String name) {
		assertThat(Detected.of(PersonalDataKind.PERSON_NAME, text)).containsExactly(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Registration starts in May at the ward office.", "The bus leaves Kokura at 9.",
			"My husband is Japanese and works in Tobata.", "会議 Room A が使えません。", "THE CITY HALL IS CLOSED ON MONDAY." })
	void leavesEnglishLookAlikesAlone(String text) {
		assertThat(Detected.of(PersonalDataKind.PERSON_NAME, text)).isEmpty();
	}

}
