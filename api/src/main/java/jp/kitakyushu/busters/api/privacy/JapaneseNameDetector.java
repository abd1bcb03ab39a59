package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;

/**
 * Finds people's names in Japanese text: before an honorific (山田太郎さん, 田中様, 佐藤氏), in a
 * self-introduction (私は山田花子です, 山田と申します, 名前は鈴木一郎) and after a label (氏名：, 担当：, 口座名義).
 *
 * <p>
 * Only the name is a finding; the honorific stays, so the redacted text still reads
 * politely (［氏名］さん). The hard part is what not to flag: the many nouns that also take an
 * honorific (お客様, 患者さん, 市長さん) are rejected through {@link NameLexicon}.
 */
final class JapaneseNameDetector implements Detector {

	private static final String HAN = "[\\p{IsHan}々]";

	private static final String[] HONORIFIC_WORDS = { "さん", "様", "さま", "氏", "くん", "君", "ちゃん", "殿", "先生" };

	private static final StartSet HONORIFICS = StartSet.startsWith(HONORIFIC_WORDS);

	private static final StartSet OPENING_BRACKET = StartSet.startsWith("(", " (");

	private static final IntPredicate KATAKANA_NAME_CHARS = StartSet.KATAKANA.or((c) -> c == '・');

	/**
	 * Candidates start where a run of kanji starts; お and ご before it mark a common noun
	 * (お子さん, ご主人様, お地蔵さん), never a name.
	 */
	private static final String NOT_AFTER_HAN = "(?<![\\p{IsHan}々おご])";

	/** 様, 氏, 君 and 殿 start compounds (様子, 氏名, 君主, 殿下) when a kanji follows. */
	private static final String HONORIFIC = "(?:(?:様|氏|君|殿)(?=宛|[^\\p{IsHan}々]|$)|さま(?!ざ)|さん|くん|ちゃん|先生)";

	private static final String HAN_NAME = HAN + "{1,3} " + HAN + "{1,4}(?!" + HAN + ")|" + HAN + "{1,8}";

	private static final String KATAKANA_NAME = "\\p{IsKatakana}[\\p{IsKatakana}ー]{1,12}(?:[・ ]\\p{IsKatakana}[\\p{IsKatakana}ー]{0,12})?";

	private static final String LATIN_NAME = "[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?";

	private static final String NAME = "(?<v>" + HAN_NAME + "|" + KATAKANA_NAME + "|" + LATIN_NAME + ")";

	private static final PatternRule HAN_BEFORE_HONORIFIC = PatternRule
		.trimming(NOT_AFTER_HAN + "(?<v>(?:" + HAN + "{1,3} )?" + HAN + "{1,20})(?=" + HONORIFIC + ")",
				JapaneseNameDetector::vetHonorific)
		.startingAt(StartSet.runThen(StartSet.HAN, 24, HONORIFICS))
		.onlyWith(HONORIFIC_WORDS);

	private static final PatternRule KATAKANA_BEFORE_HONORIFIC = PatternRule
		.trimming("(?<![\\p{IsKatakana}ー・おご])(?<v>\\p{IsKatakana}[\\p{IsKatakana}ー・]{1,19})(?=さん|様|さま|氏|くん|ちゃん)",
				(match) -> NameLexicon.isKatakanaGeneric(match.group("v")) ? -1 : 0)
		.startingAt(StartSet.runThen(KATAKANA_NAME_CHARS, 21, HONORIFICS))
		.onlyWith(HONORIFIC_WORDS);

	private static final PatternRule LATIN_BEFORE_HONORIFIC = PatternRule
		.of("(?<![A-Za-z])(?<v>" + LATIN_NAME + ")(?=さん|様|氏|くん|ちゃん)")
		.startingAt(StartSet.runThen(StartSet.LATIN, 42, HONORIFICS))
		.onlyWith(HONORIFIC_WORDS);

	/**
	 * と申します and its kin (と名乗って, the name someone gave) introduce a name and nothing else.
	 */
	private static final PatternRule BEFORE_MOUSHIMASU = PatternRule
		.trimming("(?<![\\p{IsHan}々\\p{IsKatakana}ー])" + NAME + "(?= ?(?:と申し|と申す|といいます|と言います|と名乗|って名乗|と名の))",
				(match) -> vet(match, false))
		.startingAt(StartSet.runThen(StartSet.HAN.or(StartSet.KATAKANA).or(StartSet.LATIN), 26,
				StartSet.startsWith("と申", " と申", "といいます", " といいます", "と言います", " と言います", "と名乗", "って名乗", "と名の")))
		.onlyWith("と申", "といいます", "と言います", "名乗", "と名の");

	/**
	 * 私はXです is as often 私は反対です, so X must start with a known surname; given names in
	 * hiragana (佐々木ゆみ) are common here.
	 */
	private static final PatternRule I_AM = PatternRule
		.trimming("(?:私|わたし|わたくし|僕|ぼく|自分)(?:は|、) ?(?<v>" + HAN + "{1,4} ?[ぁ-ゖ]{1,3}(?=です|と申)|" + HAN_NAME + "|"
				+ KATAKANA_NAME + ")(?= ?(?:です|でございます|と申|といい|と言い|という者))", (match) -> vet(match, true))
		.startingAt(StartSet.anyOf("私わ僕ぼ自"))
		.onlyWith("私", "わたし", "わたくし", "僕", "ぼく", "自分");

	/**
	 * 町内会の会計をしている井上です, 介護施設で働く森田です: a clause ending in a verb or の, then a surname and
	 * です. Needs a surname, since 問題は駐車場です has the same shape.
	 */
	private static final PatternRule CLAUSE_THEN_DESU = PatternRule
		.trimming("(?<=[のうくぐすずつぬぶむるたいだ、。]|^)(?<v>" + HAN + "{2,4})(?=(?:です|でございます)(?:[。、！!]|$))",
				(match) -> vet(match, true))
		.startingAt(StartSet.runThen(StartSet.HAN, 5, StartSet.startsWith("です", "でございます"))
			.and(StartSet.after("のうくぐすずつぬぶむるたいだ、。")))
		.onlyWith("です", "でございます");

	/**
	 * 娘のゆいちゃん: a child's name in hiragana. Only after の, and never the family words that
	 * take ちゃん too (おばあちゃん, 赤ちゃん is kanji anyway).
	 */
	private static final PatternRule HIRAGANA_CHILD = PatternRule
		.trimming("(?<=の|ちゃんと|くんと|さんと|、)(?<v>[ぁ-ゖ]{2,3})(?=ちゃん|くん)",
				(match) -> NameLexicon.isHiraganaGeneric(match.group("v")) ? -1 : 0)
		.startingAt(StartSet.after("のと、"))
		.onlyWith("ちゃん", "くん");

	/**
	 * 090-0000-1111（山田）, 093-000-8080（営業部 西田）, mail@example.jp（鈴木）: a contact person
	 * after a number or address.
	 */
	private static final PatternRule AFTER_CONTACT = PatternRule
		.trimming("[0-9A-Za-z] ?\\((?:[^()]{1,10} )?(?<v>" + HAN + "{1,4})\\)", (match) -> vet(match, true))
		.startingAt(StartSet.where(StartSet.LATIN.or(StartSet.DIGIT)))
		.onlyWith("(");

	/** 松田（まつだ）: a reading in brackets follows names (and places, hence the surname). */
	private static final PatternRule BEFORE_READING = PatternRule
		.trimming(NOT_AFTER_HAN + "(?<v>" + HAN_NAME + ") ?\\((?=[ぁ-ゖァ-ヺー ]{2,20}\\))", (match) -> vet(match, true))
		.startingAt(StartSet.runThen(StartSet.HAN, 10, OPENING_BRACKET))
		.onlyWith("(");

	/** 事務局の高木（takagi@example.jp）: a surname with its contact in brackets. */
	private static final PatternRule BEFORE_CONTACT = PatternRule
		.trimming(NOT_AFTER_HAN + "(?<v>" + HAN + "{2,4}) ?\\((?=[^()]{0,40}(?:@|\\d{2,4}-\\d{2,4}-\\d{3,4}))",
				(match) -> vet(match, true))
		.startingAt(StartSet.runThen(StartSet.HAN, 5, OPENING_BRACKET))
		.onlyWith("(");

	private static final PatternRule LABEL = PatternRule
		.trimming("(?:氏名|お名前|名前|担当者?|代表者?|申請者|連絡者|報告者|投稿者|記入者|署名|受取人|依頼者|相談者|提出者|作成者|文責"
				+ "|子ども|子供|上の子|下の子|本人|世帯主|配偶者|保護者|児童|生徒|被保険者|契約者|所有者|家主|通報者|利用者|患者|申込者|届出人|名義人"
				+ "|長男|長女|次男|次女|夫|妻|母|父|祖母|祖父|息子|娘)" + "(?: ?\\((?:フリガナ|ふりがな|カナ|かな|漢字)\\))?(?: ?は)? ?: ?" + NAME,
				(match) -> vet(match, false))
		.startingAt(StartSet.anyOf("氏お名担代申連報投記署受依相提作文子上下本世配保児生被契所家通利患届長次夫妻母父祖息娘"))
		.onlyWith(":");

	private static final PatternRule WHOSE_NAME = PatternRule
		.trimming("(?:私|わたし|僕|母|父|夫|妻|娘|息子|子ども|子供|祖母|祖父|本人|利用者|依頼者|相談者|被害者|契約者|相手|隣人)の(?:名前|氏名)は ?" + NAME,
				(match) -> vet(match, false))
		.startingAt(StartSet.anyOf("私わ僕母父夫妻娘息子祖本利依相被契隣"))
		.onlyWith("の名前は", "の氏名は");

	/** Bus stops and parks have names too (名前は小倉駅前), so a surname is required here. */
	private static final PatternRule NAME_IS = PatternRule
		.trimming("(?<!の)(?:名前|氏名|苗字|名字)は ?" + NAME, (match) -> vet(match, true))
		.startingAt(StartSet.anyOf("名氏苗"))
		.onlyWith("名前は", "氏名は", "苗字は", "名字は");

	private static final PatternRule IN_CHARGE = PatternRule
		.trimming("(?:担当|担当者|代表|窓口|係)(?:の|は) ?" + NAME + "(?= ?(?:\\([ぁ-ゖァ-ヺー ]{1,20}\\) ?)?(?:です|まで|が|より|と申|にご|宛|へ))",
				(match) -> vet(match, true))
		.startingAt(StartSet.anyOf("担代窓係"))
		.onlyWith("担当", "代表", "窓口", "係");

	private static final PatternRule ACCOUNT_HOLDER = PatternRule
		.trimming("名義(?:人)?(?: ?(?:は|:))? ?" + NAME, (match) -> vet(match, false))
		.startingAt(StartSet.anyOf("名"))
		.onlyWith("名義");

	/** What people write after 氏名： instead of a name. */
	private static final Set<String> KANA_NOT_NAMES = Set.of("なし", "とくめい", "ひみつ", "ないしょ", "みてい", "ありません", "いません",
			"しりません", "わかりません", "まだ", "とくに");

	/** 報告者：ながしま: a given name or nickname in hiragana, alone after a label. */
	private static final PatternRule LABEL_THEN_KANA = PatternRule.trimming(
			"(?:氏名|お名前|名前|担当者?|代表者?|申請者|連絡者|報告者|投稿者|記入者|署名|依頼者|相談者|提出者|作成者|文責) ?: ?(?<v>[ぁ-ゖ]{2,6})(?=$|[ \\n)、。,])",
			(match) -> KANA_NOT_NAMES.contains(match.group("v")) ? -1 : 0)
		.startingAt(StartSet.anyOf("氏お名担代申連報投記署依相提作文"))
		.onlyWith(":");

	private static final List<PatternRule> RULES = List.of(LABEL_THEN_KANA, HAN_BEFORE_HONORIFIC,
			KATAKANA_BEFORE_HONORIFIC, LATIN_BEFORE_HONORIFIC, BEFORE_MOUSHIMASU, I_AM, CLAUSE_THEN_DESU,
			HIRAGANA_CHILD, AFTER_CONTACT, BEFORE_READING, BEFORE_CONTACT, LABEL, WHOSE_NAME, NAME_IS, IN_CHARGE,
			ACCOUNT_HOLDER);

	@Override
	public void detect(String folded, List<Finding> out) {
		for (PatternRule rule : RULES) {
			rule.findAll(folded, PersonalDataKind.PERSON_NAME, out);
		}
	}

	private static int vetHonorific(MatchResult match) {
		String run = match.group("v");
		int space = run.indexOf(' ');
		if (space >= 0) {
			String family = run.substring(0, space);
			if (NameLexicon.SURNAMES.contains(family)) {
				return NameLexicon.isGeneric(run.substring(space + 1)) ? -1 : 0;
			}
			int start = space + 1 + NameLexicon.nameStart(run.substring(space + 1));
			return plausibleHanName(run.substring(start), false) ? start : -1;
		}
		int start = NameLexicon.nameStart(run);
		return plausibleHanName(run.substring(start), false) ? start : -1;
	}

	private static int vet(MatchResult match, boolean needSurname) {
		String name = match.group("v");
		char first = name.charAt(0);
		if (first >= 'A' && first <= 'Z') {
			return NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(name.split(" ")[0]) ? -1 : 0;
		}
		if (Character.UnicodeScript.of(first) == Character.UnicodeScript.KATAKANA) {
			return NameLexicon.isKatakanaGeneric(name) ? -1 : 0;
		}
		int start = needSurname ? 0 : NameLexicon.nameStart(name);
		if (start < name.length() && name.charAt(start) == ' ') {
			start++;
		}
		return plausibleHanName(name.substring(start), needSurname) ? start : -1;
	}

	private static boolean plausibleHanName(String name, boolean needSurname) {
		String compact = name.replace(" ", "");
		if (compact.isEmpty() || compact.length() > 6 || (NameLexicon.isGeneric(compact) && !dictionaryName(compact))) {
			return false;
		}
		if (needSurname || compact.length() == 1) {
			return NameLexicon.startsWithSurname(compact) || (needSurname && compact.length() >= 2
					&& !Places.JAPANESE.contains(compact) && dictionaryName(compact));
		}
		return true;
	}

	/**
	 * Whether the dictionary reads the word, on its own, as nothing but a person's name:
	 * 中園 ends like 保育園 but is a surname, 健太郎 after 名前は is a given name, while 小倉駅前 is no
	 * name. Where a surname is needed, a place of the city that is also a surname
	 * (小倉南区の葛原です) is not taken for one.
	 */
	private static boolean dictionaryName(String compact) {
		List<Morphology.Token> tokens = Morphology.tokens(compact);
		return !tokens.isEmpty() && tokens.stream().allMatch(Morphology.Token::taggedPerson);
	}

}
