package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;

import jp.kitakyushu.busters.api.privacy.Morphology.Token;

/**
 * Tells a business from a person where both take さん (株式会社ゼンリンさん, スーパーのサンリブさん, 丸和さんの閉店):
 * people call shops and firms さん, and their names are what a post about a car park or a
 * closing shop is about, so they must stay visible.
 *
 * <p>
 * A candidate name is a business when the dictionary knows it as an organisation, when a
 * company marker or a kind of business comes before it, when what follows is what
 * businesses have (閉店, 店舗, 工場), or when it is one of the chains and firms of the region.
 * A listed surname or a word the dictionary tags as a person stays a person: スーパーの田中さん is
 * someone who works there.
 */
final class Businesses {

	/** Kinds of business written before の and the business's own name. */
	private static final List<String> KINDS_BEFORE = List.of("スーパー", "コンビニ", "ドラッグストア", "ホームセンター", "デパート", "百貨店", "量販店",
			"ラーメン店", "ラーメン屋", "うどん屋", "お店", "店", "屋", "会社", "業者", "工務店", "薬局", "病院", "医院", "クリニック", "銀行", "メーカー",
			"チェーン", "ショッピングセンター", "モール", "運送会社", "建設会社", "不動産屋", "不動産会社", "新聞社", "放送局", "施工業者", "管理会社", "事業者", "企業");

	/** What a business has or does, right after its name and さん. */
	private static final List<String> BUSINESS_THINGS = List.of("閉店", "開店", "店舗", "店", "工場", "売り場", "売場", "社員", "従業員",
			"店員", "配達", "配送", "営業", "撤退", "出店", "移転", "看板", "チラシ", "商品", "セール", "ATM", "支店", "営業所", "本社", "跡地", "工事",
			"トラック", "車両", "の社員", "の店員", "の従業員");

	/**
	 * Chains, shops and firms of Kitakyushu that citizens name in posts, where the
	 * dictionary does not know them.
	 */
	private static final Set<String> REGIONAL = Set.of("ハローデイ", "サンリブ", "マルショク", "ハローズ", "トライアル", "ルミエール", "ダイレックス",
			"コスモス", "ナフコ", "グッデイ", "ゆめタウン", "イオン", "井筒屋", "丸和", "資さん", "コムシティ", "チャチャタウン", "リバーウォーク", "アミュプラザ", "モラージュ",
			"ザ・モール", "ミスターマックス", "レッドキャベツ", "エフコープ", "グリーンコープ", "西鉄", "安川電機", "ゼンリン", "TOTO", "シャボン玉石けん", "日本製鉄",
			"西部ガス", "九州電力", "一蘭", "一風堂");

	/** Words that end the names of firms, not of people (大和ハウジング, 北九テクノ). */
	private static final List<String> FIRM_ENDINGS = List.of("ハウジング", "ホーム", "ホームズ", "サービス", "システム", "システムズ", "テクノ",
			"エンジニアリング", "コーポレーション", "ホールディングス", "コンサルタント", "プランニング", "リフォーム", "ソリューションズ", "不動産", "商会", "興業", "物産");

	/** Honorifics nobody gives a firm: 森永先生 is a teacher, not the confectioner. */
	private static final List<String> PERSONAL_HONORIFICS = List.of("先生", "くん", "君", "ちゃん", "氏", "殿");

	/**
	 * What only a person is, after the name and its さん: オカモトさんという方, ヨシダさん宅. The
	 * dictionary knows some katakana surnames as firms.
	 */
	private static final List<String> PERSON_AFTER_HONORIFIC = List.of("という方", "という人", "っていう人", "って人", "という男性", "という女性",
			"宅", "ち", "のお宅", "の家", "のご主人", "の奥さん");

	private Businesses() {
	}

	/** Whether a word names a kind of business, a known chain or ends like a firm. */
	static boolean isBusinessWord(String word) {
		return KINDS_BEFORE.contains(word) || REGIONAL.contains(word) || FIRM_ENDINGS.stream().anyMatch(word::endsWith);
	}

	/** Drops the name candidates that are businesses. */
	static void removeBusinesses(String folded, List<Finding> candidates) {
		if (!TextFold.isJapanese(folded)) {
			return;
		}
		candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME && isBusiness(folded, finding));
	}

	static boolean isBusiness(String folded, Finding finding) {
		String name = finding.in(folded);
		if (REGIONAL.contains(name) || afterCompanyMarker(folded, finding.start())
				|| beforeRepresentative(folded, finding)
				|| (name.length() > 2 && NameContext.endsWithAny(name, name.length(), FIRM_ENDINGS))) {
			return true;
		}
		if (JapaneseNames.SURNAMES.contains(name) || LatinNames.KATAKANA_NAMES.contains(name)
				|| NameContext.startsWithAny(folded, finding.end(), PERSONAL_HONORIFICS)
				|| (afterHonorific(folded, finding.end()) > finding.end() && NameContext.startsWithAny(folded,
						afterHonorific(folded, finding.end()), PERSON_AFTER_HONORIFIC))
				|| taggedPerson(folded, finding)) {
			return false;
		}
		if (knownOrganisation(folded, finding)) {
			return true;
		}
		int before = finding.start();
		if (before > 0 && folded.charAt(before - 1) == 'の'
				&& NameContext.endsWithAny(folded, before - 1, KINDS_BEFORE)) {
			return true;
		}
		int after = afterHonorific(folded, finding.end());
		return after > finding.end() && after < folded.length() && "のが".indexOf(folded.charAt(after)) >= 0
				&& NameContext.startsWithAny(folded, after + 1, BUSINESS_THINGS);
	}

	/** ミドリノカイ（代表 野口 清）: whatever has a representative is a group, not a person. */
	private static boolean beforeRepresentative(String folded, Finding finding) {
		int at = finding.end();
		if (at < folded.length() && folded.charAt(at) == ' ') {
			at++;
		}
		return folded.startsWith("(代表", at);
	}

	/** 株式会社北九ソーラー: a company marker starts the compound the name ends. */
	private static boolean afterCompanyMarker(String folded, int start) {
		int at = start;
		while (at > 0 && compoundChar(folded.charAt(at - 1))) {
			if (NameContext.endsWithAny(folded, at, NameContext.COMPANY_MARKERS)) {
				return true;
			}
			at--;
		}
		return NameContext.endsWithAny(folded, at, NameContext.COMPANY_MARKERS)
				|| (at > 0 && folded.charAt(at - 1) == ' '
						&& NameContext.endsWithAny(folded, at - 1, NameContext.COMPANY_MARKERS));
	}

	private static boolean compoundChar(char c) {
		return StartSet.HAN.test(c) || StartSet.KATAKANA.test(c) || StartSet.LATIN.test(c) || c == '・' || c == ')';
	}

	private static int afterHonorific(String folded, int end) {
		for (String honorific : List.of("さん", "様", "さま")) {
			if (folded.startsWith(honorific, end)) {
				return end + honorific.length();
			}
		}
		return end;
	}

	private static boolean knownOrganisation(String folded, Finding finding) {
		List<Token> tokens = Morphology.tokens(folded);
		int i = Morphology.indexAt(tokens, finding.start());
		if (i < 0) {
			return false;
		}
		int end = i;
		while (end < tokens.size() && tokens.get(end).end() < finding.end()) {
			end++;
		}
		return end < tokens.size() && tokens.get(end).end() == finding.end() && tokens.get(end).knownOrganisation();
	}

	private static boolean taggedPerson(String folded, Finding finding) {
		List<Token> tokens = Morphology.tokens(folded);
		for (int i = Math.max(0, Morphology.indexAt(tokens, finding.start())); i < tokens.size()
				&& tokens.get(i).start() < finding.end(); i++) {
			if (tokens.get(i).start() >= finding.start() && tokens.get(i).taggedPerson()) {
				return true;
			}
		}
		return false;
	}

}
