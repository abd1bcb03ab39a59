package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds bank account numbers and branch codes introduced by the words that always come
 * with them (普通, 当座, 口座番号, 支店, 記号/番号 of Japan Post Bank, "account number").
 *
 * <p>
 * A bank and branch written in Japanese right before the number are part of the finding
 * (北九州銀行 小倉支店 普通 1234567): written together they name one account, as Japanese forms
 * write it. In English ("Kitakyushu Bank, Kurosaki branch, account no. 1234567") the
 * number is masked alone: the bank and branch are no one's personal data, and every blind
 * set since held-out-6 labels them as strings that must stay, so a reader can still tell
 * which bank a post is about. A number introduced by its kind alone (普通 1234567) is
 * masked alone, so the sentence around it still reads.
 */
final class BankAccountDetector implements Detector {

	private static final String NUMBER = "(?<v>\\d{6,8}|\\d{3,4}-\\d{3,4})(?![\\d\\-])";

	private static final String KANJI_DIGIT = "[〇一二三四五六七八九]";

	private static final String SEP = "(?: ?(?:[:#]|は|の))? ?";

	private static final PatternRule JAPANESE = PatternRule
		.of("(?:(?:普通|当座|貯蓄)(?:預金)?(?:口座)?(?:番号)?" + "|口座(?:番号|No\\.?)?" + SEP + "(?:(?:普通|当座)(?:預金)?)?" + "|支店" + SEP
				+ "(?:\\d{3} )?)" + SEP + NUMBER)
		.startingAt(StartSet.anyOf("普当貯口支"))
		.needingDigitWithin(16)
		.onlyWith("普通", "当座", "貯蓄", "口座", "支店");

	private static final PatternRule BRANCH_CODE = PatternRule.of("(?:店番|支店番号|支店コード)" + SEP + "(?<v>\\d{3})(?!\\d)")
		.startingAt(StartSet.anyOf("店支"))
		.needingDigitWithin(12)
		.onlyWith("店番", "支店番号", "支店コード");

	/** After 記号 or 番号 in a sentence too: 記号が12345で番号が12345678. */
	private static final String POST_SEP = "(?: ?(?:[:#]|は|の|が))? ?";

	/**
	 * A bank by its short name (ふくぎん, 西銀), a branch, the kind cut to one character (普, 当)
	 * and the number: people write the whole account this short.
	 */
	private static final PatternRule SHORT_BANK = PatternRule
		.of("(?<v>(?:[ぁ-ゖ]{1,4}ぎん|[一-龯]{1,3}銀)[ ・]{0,2}[一-龯ァ-ヺー]{1,6}(?:支店)?[ ・]{0,2}(?:普通?|当座?)[ ・:]{0,2}\\d{7})(?!\\d)")
		.startingAt(StartSet.where(StartSet.HAN.or(StartSet.HIRAGANA)))
		.needingDigitWithin(30)
		.onlyWith("ぎん", "銀");

	/** Japan Post Bank: 記号 12345 番号 12345678. */
	private static final PatternRule JAPAN_POST = PatternRule
		.of("(?<v>記号" + POST_SEP + "\\d{5} ?(?:(?:で|、|,|と) ?)?(?:番号" + POST_SEP + ")?(?:\\d-)?\\d{6,8})(?!\\d)")
		.startingAt(StartSet.anyOf("記"))
		.needingDigitWithin(6)
		.onlyWith("記号");

	/** Japan Post Bank written as one number: ゆうちょ銀行 12345-12345678. */
	private static final PatternRule JAPAN_POST_JOINED = PatternRule
		.of("ゆうちょ[^0-9]{0,12}?(?<![\\d\\-])(?<v>\\d{5}-(?:\\d-)?\\d{5,8})(?!\\d)")
		.startingAt(StartSet.anyOf("ゆ"))
		.needingDigitWithin(20)
		.onlyWith("ゆうちょ");

	/** ゆうちょ銀行 一七四五〇－四四八二〇九一一: the one number in kanji numerals. */
	private static final PatternRule JAPAN_POST_KANJI = PatternRule
		.of("ゆうちょ[^0-9〇一二三四五六七八九]{0,12}?(?<v>" + KANJI_DIGIT + "{5}-(?:" + KANJI_DIGIT + "-)?" + KANJI_DIGIT
				+ "{5,8})(?!" + KANJI_DIGIT + ")")
		.startingAt(StartSet.anyOf("ゆ"))
		.onlyWith("ゆうちょ");

	/**
	 * "account number 1234567", "my account, number 1234567", "savings account (No.
	 * 1234567)", "account #1234567", "a/c 1234567", "account for the refund: 1234567".
	 */
	private static final PatternRule ENGLISH = PatternRule
		.of("(?i:(?:\\b(?:(?:bank|savings|checking|current|ordinary|deposit) )?(?:account|acct\\.?|a/c)"
				+ "(?: for (?:the |my )?[a-z]+(?: [a-z]+)?(?=:))?|\\brouting number|\\bsort code)(?:,? ?(?:number|no\\.?|#)| ?\\((?:number|no\\.?) ?)?(?: is)?(?: ?[:#])? ?)"
				+ "(?<v>\\d{6,12}|\\d{2,4}-\\d{2,4}-\\d{2,8})(?![\\d\\-])")
		.startingAt(StartSet.anyOf("bBsScCoOdDaArR"))
		.needingDigitWithin(40)
		.onlyWith("account", "Account", "ACCOUNT", "acct", "Acct", "a/c", "A/C", "routing", "Routing", "sort code",
				"Sort code");

	/** Japan Post Bank in English: symbol 17450, number 21358671. */
	private static final PatternRule JAPAN_POST_ENGLISH = PatternRule
		.of("(?<v>(?i:symbol)(?: ?(?:[:#]|no\\.?))? ?\\d{5},? (?i:number|no\\.?|#)(?: ?:)? ?\\d{6,8})(?!\\d)")
		.startingAt(StartSet.anyOf("sS"))
		.needingDigitWithin(12)
		.onlyWith("symbol", "Symbol", "SYMBOL");

	/**
	 * 口座番号を書き間違えました。正しくは 0281946 です: a seven-digit number (the length of Japanese account
	 * numbers) shortly after the word 口座, not a quantity, time or phone.
	 */
	private static final PatternRule AFTER_ACCOUNT_WORD = PatternRule
		.of("口座[^\\d]{0,30}?(?<![\\d\\-])(?<v>\\d{7})(?![\\d\\-]|[円万人件年月日時分秒%])")
		.startingAt(StartSet.anyOf("口"))
		.needingDigitWithin(40)
		.onlyWith("口座");

	/**
	 * "ordinary 1234567", "futsu 1234567", "savings no. 1234567": the kind of a Japanese
	 * account, in English or romaji, is a cue on its own, as 普通 is.
	 */
	private static final PatternRule ENGLISH_KIND = PatternRule
		.of("(?i:\\b(?:ordinary|futsuu?|savings|checking|touza|toza|chochiku)(?: deposit)?),?(?: ?(?:(?i:no)\\.?|#|:))? ?"
				+ "(?<v>\\d{6,8})(?![\\d\\-])")
		.startingAt(StartSet.anyOf("oOfFsScCtT"))
		.needingDigitWithin(24)
		.onlyWith("ordinary", "Ordinary", "ORDINARY", "futsu", "Futsu", "FUTSU", "savings", "Savings", "checking",
				"Checking", "touza", "Touza", "toza", "Toza", "chochiku", "Chochiku");

	/**
	 * "my savings account at Kitakyushu Bank, Orio branch, number 4417209": the bank and
	 * branch between the word account and the number.
	 */
	private static final PatternRule ACCOUNT_AT_BANK = PatternRule
		.of("(?i:\\baccount) (?i:at|with|in) [^\\n\\d]{3,60}?(?i:\\b(?:number|no\\.?|#))(?: is)?(?: ?[:#])? ?"
				+ "(?<v>\\d{6,8})(?![\\d\\-])")
		.startingAt(StartSet.anyOf("aA"))
		.needingDigitWithin(80)
		.onlyWith("account", "Account", "ACCOUNT");

	/**
	 * "Japan Post Bank 17420-38291651", "yucho 17420 38291651", "Japan Post:
	 * 17430-1-5529183" (symbol, check digit, number): its one-number forms.
	 */
	private static final PatternRule JAPAN_POST_NUMBER = PatternRule
		.of("(?i:japan post|yu-?u?cho)[^\\n\\d]{0,40}?(?<v>\\d{5}[- ]?(?:\\d[- ])?\\d{5,8})(?![\\d\\-])")
		.startingAt(StartSet.anyOf("jJyY"))
		.needingDigitWithin(60)
		.onlyWith("Japan Post", "japan post", "JAPAN POST", "yucho", "Yucho", "yuucho", "Yuucho", "Yu-cho");

	/**
	 * "1234567 at Kitakyushu Bank", "1234567 (Fukuoka Bank, …)": a number of an account's
	 * length, then its bank.
	 */
	private static final PatternRule NUMBER_AT_BANK = PatternRule
		.of("(?<![\\d\\-])(?<v>\\d{7})(?=(?:,| at| with| in)? \\(?(?:the )?(?:[A-Z][A-Za-z\\-]+ ){1,3}Bank\\b)")
		.startingAt(StartSet.runOf(StartSet.DIGIT))
		.onlyWith("Bank");

	/**
	 * "Bank: …, Branch: … / Type: ordinary / No. 2093847": a number of an account's
	 * length after "No." when a bank or a branch is named earlier on its line, whatever
	 * the words between.
	 */
	private static final PatternRule NO_AFTER_BANK = PatternRule
		.of("(?<=(?:Bank|BANK|[Bb]ranch|銀行|支店)[^\\n]{0,80})(?<![A-Za-z])(?i:no\\.?|number)(?: ?[:#])? ?(?<v>\\d{6,8})(?![\\d\\-])")
		.startingAt(StartSet.anyOf("nN"))
		.needingDigitWithin(12)
		.onlyWith("Bank", "BANK", "branch", "Branch", "銀行", "支店");

	private static final List<PatternRule> RULES = List.of(JAPANESE, BRANCH_CODE, JAPAN_POST, SHORT_BANK,
			JAPAN_POST_JOINED, ENGLISH, JAPAN_POST_ENGLISH, AFTER_ACCOUNT_WORD, ENGLISH_KIND, ACCOUNT_AT_BANK,
			NUMBER_AT_BANK, NO_AFTER_BANK);

	private static final String SEPARATOR = "[ 、,・:の]{0,2}";

	private static final String KIND_WORDS = "(?:(?:(?:普通|当座|貯蓄|総合)(?:預金)?(?:口座)?|口座(?:番号)?|記号|番号|No\\.?)" + SEPARATOR
			+ "){0,3}";

	/**
	 * A branch by its name, in kanji, katakana or hiragana (すずめ支店), or by its number
	 * (〇一八店, as Japan Post writes them, maybe with its reading: 七一八（ナナイチハチ）店), with its
	 * code in brackets after it: 八幡支店（店番321）.
	 */
	private static final String BRANCH = "(?:[\\p{IsHan}\\p{IsKatakana}ーぁ-ゖ&&[^はをにへのがでとも]]{1,8}(?:支店|本店|出張所|営業部|支所)"
			+ "|[〇一二三四五六七八九\\d]{3}(?:[（(][\\p{IsKatakana}ー]{2,12}[）)])?店)"
			+ "(?: ?\\((?:店番|支店番号|支店コード)[:：]? ?\\d{3}\\))?";

	/**
	 * 北九州銀行 小倉支店 普通, ゆうちょ銀行 記号, みずほ銀行 (a bank in kana), PayPay銀行 (in Latin letters): a
	 * bank or a branch, then the kind of account. The bare nickname ゆうちょ is no bank's
	 * name: it stays, as people write it to say where an account is kept.
	 */
	private static final Pattern JAPANESE_BANK_BEFORE = Pattern.compile(
			"(?:(?:[\\p{IsHan}\\p{IsKatakana}ーぁ-ゖA-Za-z&&[^はをにへのがでとも]][\\p{IsHan}\\p{IsKatakana}ーぁ-ゖA-Za-z&&[^はをにへのがでとも]]{0,9}(?:銀行|信用金庫|信金|信用組合|労働金庫)|ゆうちょ銀行|ろうきん|JA ?\\p{IsHan}{1,6})"
					+ SEPARATOR + "(?:" + BRANCH + SEPARATOR + ")?" + "|" + BRANCH + SEPARATOR + ")" + KIND_WORDS
					+ "$");

	/** How far before the number a bank's name may start. */
	private static final int REACH = 60;

	@Override
	public void detect(String folded, List<Finding> out) {
		List<Finding> numbers = new ArrayList<>();
		JAPAN_POST_KANJI.findAll(folded, PersonalDataKind.BANK_ACCOUNT, numbers);
		if (PatternRule.digitCount(folded) >= 3) {
			for (PatternRule rule : RULES) {
				rule.findAll(folded, PersonalDataKind.BANK_ACCOUNT, numbers);
			}
		}
		for (Finding number : numbers) {
			out.add(new Finding(PersonalDataKind.BANK_ACCOUNT, bankStart(folded, number.start()), number.end()));
		}
		if (PatternRule.digitCount(folded) >= 3) {
			// Japan Post's one number names the account without its bank, which stays.
			JAPAN_POST_NUMBER.findAll(folded, PersonalDataKind.BANK_ACCOUNT, out);
		}
	}

	/**
	 * Where a Japanese bank and branch right before a number start, or the number itself.
	 */
	private static int bankStart(String folded, int numberStart) {
		int from = Math.max(0, numberStart - REACH);
		Matcher matcher = JAPANESE_BANK_BEFORE.matcher(folded).region(from, numberStart);
		return matcher.find() ? matcher.start() : numberStart;
	}

}
