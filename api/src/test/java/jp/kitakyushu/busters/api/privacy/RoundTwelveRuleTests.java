package jp.kitakyushu.busters.api.privacy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules round 12 added, aimed at shapes rather than words (each case written anew,
 * none copied from a corpus): a possible name flagged by its place whatever its case or
 * script (after a sign-off, a relation or a title in lower case, a person "named", "the …
 * family", a kana word in quotes before さん or です, a word in quotes before という名字, a kana
 * given name where a clause or a relation starts, a kana word opening the post before です,
 * a word in brackets after a phone, a word ending the post after a phone), a name after
 * its label or a role's label in any script masked, found names completed over particles,
 * a nickname, a surname in capitals before a comma, a katakana name after ・ and a kana
 * word beside them; plates written loosely; addresses completed over a lot after の, a
 * building with its floor, the floor, flat and postal-code parts of a romanised address;
 * a phone's extension. And what must stay: a month's short name before its day, a pet's
 * name after its label, a town after a romanised address, a kana word ending in a
 * particle before a child's name.
 */
class RoundTwelveRuleTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"The bench is broken.\\nkind regards,\\nmartin q." => martin
			"Please fix the lamp. Cheers, Robbo (Flat 2 resident)" => Robbo
			"I walked there with my bf dmitri last night." => dmitri
			"Please ask dr. sunita rao about the survey." => sunita
			"A man called ""Bazza"" mows the verge." => Bazza
			"The Kurosaki family next door agrees." => Kurosaki
			"昨日お電話した「くぼた」です。" => くぼた
			"隣の「アベ」さんが困っています。" => アベ
			"私は「門司」という名字です。" => 門司
			"友達のそうたと公園に行きました。" => そうた
			"、ゆうきが帰ってきません。" => ゆうき
			"ナカガワです。先週の件はどうなりましたか。" => ナカガワ
			"連絡先: 090-6612-3344（ミツイ）" => ミツイ
			"街灯が消えています。連絡先 090-4411-2233　ヨシダ" => ヨシダ
			""")
	void flagsPossibleNamesByTheirPlace(String text, String name) {
		String text2 = text.replace("\\n", "\n");
		assertThat(REDACTOR.redact(text2)).as(text2).doesNotContain(name);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"受付の方へ。名前：タカハシ　マサル" => マサル
			"会計：ひらばやし 090-1234-0000" => ひらばやし
			"名前は　ふるたち　るな、よろしくお願いします。" => るな
			""")
	void masksANameAfterItsLabel(String text, String name) {
		List<Finding> findings = REDACTOR.detect(text);
		assertThat(findings).as(text)
			.anySatisfy((finding) -> assertThat(finding.in(text)).contains(name))
			.allSatisfy((finding) -> assertThat(finding.flagged()).isFalse());
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"Please contact Maria van der Linden about the hall." => Linden
			"My neighbour Thomas ""Tommy"" Fletcher saw it too." => Fletcher
			"Name on the form: PARK, Min Jun." => PARK
			"参加者は鈴木・ロドリゲスの二人です。" => ロドリゲス
			"先日の「ほりかわ」です。" => ほりかわ
			"通報者：にしむら" => にしむら
			""")
	void completesAFoundNameOverWhatBelongsToIt(String text, String part) {
		String redacted = REDACTOR.redact(text);
		assertThat(redacted).as(text).doesNotContain(part);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"ナンバーは「北九州 330 ふ 9」でした。" => 330 ふ 9
			"バイクのナンバーは「若松 ち 12-07」です。" => 12-07
			"車は 北九州 500 れ 3・14 の白いワゴンです。" => 3・14
			"自宅は小倉南区守恒2丁目8の21です。" => の21
			"住所：八幡東区中央1-2-3　第5中央ビル　7F" => 第5中央ビル
			"Please write to 6th floor, Pine Court Tobata, 1-4-2 Shimizu." => 6th floor
			"Our flat is 1-2-7 Kanda, Moji-ku, apartment 4." => apartment 4
			"Send it to 3-1 Oda-machi, room 9, Yahatanishi-ku, 806-0001." => 806-0001
			"I rent at Blue Leaf House (room 3) near Orio." => Blue Leaf House
			"Call me on 093-555-0199, ext. 42 in the day." => 42
			"電話は093-555-0199（内線 305）です。" => 305
			""")
	void findsPlatesAddressesAndPhonesWrittenLoosely(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).doesNotContain(part);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"The cleanup is on Mar 14 at the beach." => Mar 14
			"We meet again on 9 Nov in the hall." => Nov
			"うちの猫の名前はミケです。" => ミケ
			"I'm at 4-2 Nakai, Tobata." => Tobata
			"ぼくは 2ねんせいの あおい です。" => ねんせい
			"Thank you, Yahata office, for the help!" => Yahata
			"小倉に行く予定です。" => 小倉
			"名前は不明です。" => 不明
			"バス停の名前は小倉駅前です。" => 小倉駅前
			"ちなみに番号は変わりました。" => ちなみ
			"電話 090-1234-5678（携帯）" => 携帯
			"電話 090-1234-5678（母）" => 母
			""")
	void keepsWhatOnlyLooksLikeIt(String text, String part) {
		assertThat(REDACTOR.redact(text)).as(text).contains(part);
	}

}
