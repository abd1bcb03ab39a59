package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 33's address shapes: lots in kanji numerals joined by ノ, rural lots after 字 or a
 * reading, housing blocks' rooms, a postcode apart from its address, romanised chome with
 * a house number and a flat's building after its room; and the public places, towns and
 * rooms that look like them and stay.
 */
class RoundThirtyThreeAddressesTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** Each shape is hidden: the part given is no longer in the redacted text. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'連絡先のメモ⏎住所　戸畑区新池町四ノ七ノ二十⏎足が悪いです' => 四ノ七ノ二十
			'実家は若松区浜町二ノ十四ノ三です。' => 二ノ十四ノ三
			'父の畑（八幡西区大字香月字中尾 2241番地）に不法投棄がありました。' => 2241
			'祖母の土地、小倉南区長野字松原845番の斜面が崩れています。' => 845
			'住所：若松区竹並（たけなみ）552番地　電話は後で' => 552
			'市営花見団地4-207に住んでいます。エレベーターが止まっています。' => 4-207
			'網戸が壊れました。　９棟３０３号　中村' => ３０３
			'申込書⏎住所：803-0817⏎　北九州市小倉北区田町12-5' => 803-0817
			'i live at kamitomino 4 chome 8-16 and the street light is out.' => 8-16
			'our house is 9-2 hon-jo 2 chome, yahatanishi. the drain smells.' => 9-2
			'Gas smell near 3-chome 11-7 Sakaemachi, Wakamatsu this morning.' => 11-7
			'My aunt lives at No. 22, 5-chome, Kiyomi, Moji alone.' => No. 22
			'Please check the vacant house at Tenjin-cho 6-4 (Tobata).' => 6-4
			'Mold in our flat again, apt 7-311, Shinbaru Danchi. Nobody answers.' => Shinbaru
			'I rent unit 1907 of The Crest Kurosaki and the lift is broken.' => Crest
			'Water leaks in room 3-112, Hoshigaoka city housing estate again.' => housing estate
			'修繕依頼：小倉南区湯川5丁目 市営湯川団地2-304 の風呂釜' => 湯川5丁目
			'街灯が切れています。（投稿者：若松区老松2丁目　山下）' => 老松2丁目
			""")
	void hidesTheShapes(String text, String part) {
		String redacted = REDACTOR.redact(text.replace("⏎", "\n"));
		assertThat(redacted).as(text).doesNotContain(part);
	}

	/** Look-alikes: public places, stations, shops, stops, towns alone, routes, rooms. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'公民館（若松区大字小竹）の駐車場が狭いです。' => 大字小竹
			'小倉駅の北口3番出口を出てすぐです。' => 3番出口
			'デパートの7階 701売場で催事があります。' => 701
			'バス停「二島三丁目」の屋根が壊れています。' => 二島三丁目
			'若松区大字小竹のあたりは街灯が少ないです。' => 大字小竹
			'国道3号の渋滞がひどい。' => 国道3号
			'市民センター2棟の201会議室で説明会がありました。' => 201会議室
			'一の宮神社の二の鳥居の前が暗いです。' => 二の鳥居
			'The library is at Kyomachi 3-1, next to the bank.' => Library
			'Take Exit 3-2 of Kokura Station and walk to the mall.' => Exit 3-2
			'The shop is on the 3rd floor of Aeon Tobata.' => Aeon Tobata
			'The bus stop at Kurosaki 2-chome has no bench.' => Kurosaki 2-chome
			'Route 199 is closed near Wakamatsu.' => Route 199
			'The meeting is in room 2-201 of the Tobata Community Centre.' => room 2-201
			'It takes 5 minutes from Sakaemachi 2-chome to the station.' => 2-chome
			'Meet me at Kokura Station, Kokurakita. The exit is small.' => Kokurakita
			'若松区老松2丁目の公園で祭りがあります。' => 老松2丁目
			""")
	void keepsLookAlikes(String text, String part) {
		assertThat(REDACTOR.redact(text).toLowerCase()).as(text).contains(part.toLowerCase());
	}

}
