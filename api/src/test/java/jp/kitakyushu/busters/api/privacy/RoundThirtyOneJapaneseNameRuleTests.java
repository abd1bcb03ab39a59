package jp.kitakyushu.busters.api.privacy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 31's Japanese name rules, each case invented (none copied from a corpus): names
 * on rota lines labelled by a date, weekday or room, the bracketed form after a name, a
 * half-width katakana run, names called out or quoted, and signatures at the end; and
 * what stays: schedules without names, everyday words in quotes and calls to everyone.
 */
class RoundThirtyOneJapaneseNameRuleTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	/** Personal data in the new positions and forms. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"見守り当番\\n2/3 月曜：森・ハン\\n2/4 火曜：チャン（張）・杉\\n2/5 水曜：森" => 張
			"苦情一覧\\n・301号 西田：騒音\\n・402号 チャン：ゴミ" => チャン
			"申込者　ダ・コスタ　ペドロ（DA COSTA PEDRO）　1980年1月2日生" => DA COSTA
			"申込者　ダ・コスタ　ペドロ（DA COSTA PEDRO）　1980年1月2日生" => ペドロ
			"連絡網\\n1班　佐藤みく（母：佐藤 恵）　080-1111-2222\\n2班　ﾍﾟﾚｲﾗ ｶﾅ（父：Pereira Joao）　090-1234-5678" => ﾍﾟ
			"「大塚さーん、回覧板です」と声をかけた。" => 大塚
			"「おーい、タク！危ないぞ」と叫んだ。" => タク
			"回覧板の「大塚」さんの番号は合ってますか。" => 大塚
			"「パクです」と名乗る女性に助けられました。" => パク
			""")
	void hidesNewForms(String text, String part) {
		assertThat(REDACTOR.redact(text.replace("\\n", "\n"))).as(text).doesNotContain(part);
	}

	/** A flagged signature after a ward or a poster's label at the very end is masked. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"道が暗いです。八幡西区　ヨシモト" => ヨシモト
			"公園の柵が壊れています。（投稿：さわだ）" => さわだ
			""")
	void masksSignatures(String text, String part) {
		List<Finding> found = REDACTOR.detect(text);
		assertThat(found).as(text).anyMatch((finding) -> finding.in(text).equals(part) && !finding.flagged());
	}

	/** Schedules without names, everyday words and calls to everyone stay. */
	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
			"ゴミの日\\n月：燃えるゴミ\\n木：プラ\\n金：びん・缶" => 燃えるゴミ
			"「みなさーん、集合です」と言われた。" => みなさーん
			"「無理です」と断られた。" => 無理
			"バスの時刻\\n1/8 月曜：7時\\n1/9 火曜：運休" => 運休
			"駅前の「丸松建設」さんの工事が長引いています。" => 丸松建設
			"道が暗いです。\\nエミリー・ウー（熊本在住）" => 熊本在住
			""")
	void keepsWhatIsNoPrivateData(String text, String part) {
		assertThat(REDACTOR.redact(text.replace("\\n", "\n"))).as(text).contains(part);
	}

}
