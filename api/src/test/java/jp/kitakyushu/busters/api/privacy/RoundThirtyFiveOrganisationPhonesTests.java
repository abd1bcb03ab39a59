package jp.kitakyushu.busters.api.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round 35's organisation lines: a number bracketed with a public office, centre or
 * hotline, an organisation's word the round added (保健所, 商店街, waterworks), a reference
 * number under its label, the office that "told me", and a caller's cue that belongs to
 * another number; and the people's numbers that stay masked.
 */
class RoundThirtyFiveOrganisationPhonesTests {

	private static final PersonalDataRedactor REDACTOR = PersonalDataRedactor.standard();

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'', textBlock = """
			'折り返しは 093-574-1180（戸畑区役所 税務課）だそうです。' => 093-574-1180
			'ＦＡＸ 093-411-2756（子育て支援課）に申請書を送りました。' => 093-411-2756
			'I rang 093-770-4418 (ward office parking desk?) and nobody knew.' => 093-770-4418
			'I phoned 093 440 7719 (the city recycling line) about it.' => 093 440 7719
			'犬の登録は若松保健所（093-418-2290）で受け付けています。' => 093-418-2290
			'夜店の出店は本町商店街 093-337-5601 へ申し込みます。' => 093-337-5601
			'Called the waterworks on 093-219-5530 about the brown water.' => 093-219-5530
			'国民健康保険の被保険者番号 0024681357 の証が届きません。' => 0024681357
			'固定資産税の納税者番号：0031-448-275 で再発行を希望します。' => 0031-448-275
			'Receipt no. 0044-2291-17 for the bulky item pickup.' => 0044-2291-17
			'The recycling centre line 093-662-0417 told me to post here.' => 093-662-0417
			'市の消費生活センター（093-517-2260）に伝えたが、業者からの電話 093-444-8126 が続く。' => 093-517-2260
			'電話：093-574-2218⏎門司区役所 保健福祉課' => 093-574-2218
			'Parks Division⏎tel. 093 582 4417' => 093 582 4417
			'Phone of the sports centre: 093-771-2040? or 093-771-2404?' => 093-771-2404
			""")
	void keepsOrganisationsLines(String text, String number) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).contains(number);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = "=>", quoteCharacter = '\'',
			textBlock = """
					'連絡は 090-3718-4426（区役所の者ではありません）まで。' => 090-3718-4426
					'Text me on 080 4419 2270 (city hall told me to give it).' => 080 4419 2270
					'自宅 093-662-4815 にお願いします。' => 093-662-4815
					'隣の家の電話 093-571-3390 にかけても誰も出ません。' => 093-571-3390
					'市の消費生活センター（093-517-2260）に伝えたが、業者からの電話 093-444-8126 が続く。' => 093-444-8126
					'Unknown calls from 093-338-0416 every night, is it the city?' => 093-338-0416
					'My mum told me her number is 093-217-4480 now.' => 093-217-4480
					'マイナンバー 123456789018 を書く欄はどこですか。' => 123456789018
					'携帯⏎TEL：080-4417-2231⏎小倉北区役所 市民課' => 080-4417-2231
					'隣の人の番号⏎093-227-4183⏎区役所に伝えてください' => 093-227-4183
					'City Hall told me to call 093-662-4180 or my son 080-3319-2274.' => 080-3319-2274
					'学童保育の申込書⏎保護者：山中 聡⏎勤務先：株式会社ひびき精工⏎自宅：八幡東区中央2-8-14⏎TEL：093(681)3527' => 093(681)3527
					'Membership form⏎Name: Oliver Grant⏎Employer: Kokura Trading Co., Ltd.⏎Home: 3-2-9 Kiyomizu⏎Tel 093-561-7784' => 093-561-7784
					""")
	void masksPeoplesNumbers(String text, String number) {
		String post = text.replace("⏎", "\n");
		assertThat(REDACTOR.redact(post)).as(post).doesNotContain(number);
	}

}
