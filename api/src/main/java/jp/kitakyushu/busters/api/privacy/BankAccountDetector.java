package jp.kitakyushu.busters.api.privacy;

import java.util.List;

/**
 * Finds bank account numbers and branch codes introduced by the words that always come
 * with them (普通, 当座, 口座番号, 支店, 記号/番号 of Japan Post Bank, "account number").
 *
 * <p>
 * Only the number is a finding; the words around it (北九州銀行 小倉支店 普通) stay, since a bank
 * and a branch identify nobody and keep the sentence readable.
 */
final class BankAccountDetector implements Detector {

	private static final String NUMBER = "(?<v>\\d{6,8}|\\d{3,4}-\\d{3,4})(?![\\d\\-])";

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

	/** Japan Post Bank: 記号 12345 番号 12345678. */
	private static final PatternRule JAPAN_POST = PatternRule
		.of("記号" + SEP + "(?<v>\\d{5} ?(?:番号" + SEP + ")?\\d{6,8})(?!\\d)")
		.startingAt(StartSet.anyOf("記"))
		.needingDigitWithin(6)
		.onlyWith("記号");

	/** Japan Post Bank written as one number: ゆうちょ銀行 12345-12345678. */
	private static final PatternRule JAPAN_POST_JOINED = PatternRule
		.of("ゆうちょ[^0-9]{0,12}?(?<![\\d\\-])(?<v>\\d{5}-\\d{6,8})(?!\\d)")
		.startingAt(StartSet.anyOf("ゆ"))
		.needingDigitWithin(20)
		.onlyWith("ゆうちょ");

	/**
	 * "account number 1234567", "my account, number 1234567", "savings account (No.
	 * 1234567)", "account #1234567", "a/c 1234567".
	 */
	private static final PatternRule ENGLISH = PatternRule
		.of("(?i:(?:\\b(?:(?:bank|savings|checking|current|ordinary|deposit) )?(?:account|acct\\.?|a/c)"
				+ "|\\brouting number|\\bsort code)(?:,? ?(?:number|no\\.?|#)| ?\\((?:number|no\\.?) ?)?(?: is)?(?: ?[:#])? ?)"
				+ "(?<v>\\d{6,12}|\\d{2,4}-\\d{2,4}-\\d{2,8})(?![\\d\\-])")
		.startingAt(StartSet.anyOf("bBsScCoOdDaArR"))
		.needingDigitWithin(40)
		.onlyWith("account", "Account", "ACCOUNT", "acct", "Acct", "a/c", "A/C", "routing", "Routing", "sort code",
				"Sort code");

	private static final List<PatternRule> RULES = List.of(JAPANESE, BRANCH_CODE, JAPAN_POST, JAPAN_POST_JOINED,
			ENGLISH);

	@Override
	public void detect(String folded, List<Finding> out) {
		if (PatternRule.digitCount(folded) < 3) {
			return;
		}
		for (PatternRule rule : RULES) {
			rule.findAll(folded, PersonalDataKind.BANK_ACCOUNT, out);
		}
	}

}
