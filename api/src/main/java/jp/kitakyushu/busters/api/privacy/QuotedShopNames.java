package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps a shop's, a bar's or a kitchen's name from being taken for a person's: a name in
 * quotes that a trade word follows (「…」という居酒屋) or ends (「…餃子」), a name right before its
 * trade (…内科, …酒店), and an English name in quotes after "bar" or "restaurant".
 */
final class QuotedShopNames {

	private static final String TRADE = "(?:居酒屋|スナック|食堂|子ども食堂|こども食堂|カフェ|喫茶店?|バー|ラーメン|餃子|酒店|商店|内科|外科|歯科|小児科|医院|クリニック"
			+ "|整骨院|接骨院|書店|本屋|花屋|パン屋|美容室|美容院|理容室|寿司|うどん|そば|食堂|弁当|台所|教室|塾|保育園|工務店|不動産|薬局|お好み焼き?|焼き?鳥|やきとり|焼肉|たこ焼き?|鉄板焼き?|ちゃんぽん)";

	/** A trade after the closing quote: 「…」という居酒屋, 「…」という名前の子ども食堂. */
	private static final Pattern TRADE_AFTER_QUOTE = Pattern
		.compile("^[^「」\\n]{0,12}」(?:という|って|の)(?:名前の|名の)?(?:お店|店|" + TRADE.substring(3));

	/**
	 * A trade ending the quoted words, or a trade standing before the quote: 「…餃子」,
	 * 子ども食堂「…」.
	 */
	private static final Pattern TRADE_IN_QUOTE = Pattern.compile("^[^「」\\n]{0,6}" + TRADE + "[^「」\\n]{0,3}」");

	private static final Pattern TRADE_BEFORE_QUOTE = Pattern.compile(TRADE + "(?:をしている|の|を営む|を開く)?「[^「」\\n]{0,12}$");

	/** A trade opening the quoted words before the name: 「焼肉 …」. */
	private static final Pattern TRADE_OPENS_QUOTE = Pattern.compile("「[^「」\\n]{0,3}" + TRADE + "[ ・]?$");

	/** A trade right after the name: やまもと内科, ひろせ酒店. */
	private static final Pattern TRADE_NEXT = Pattern.compile("^" + TRADE);

	/**
	 * A kana name running on into its trade (やまもと内科), a particle between them excepted.
	 */
	private static final Pattern KANA_TRADE_NEXT = Pattern.compile("^[ぁ-ゖ&&[^がはをにへでもの]]" + TRADE);

	private static final Pattern HIRAGANA = Pattern.compile("[ぁ-ゖ]+");

	/** A bar or a restaurant named in English quotes. */
	private static final Pattern ENGLISH_VENUE = Pattern.compile(
			"(?i:bar|restaurant|cafe|café|shop|store|izakaya|snack|salon|clinic|pub|diner) (?:called |named )?\"[^\"\\n]{0,12}$");

	private QuotedShopNames() {
	}

	static void remove(String folded, List<Finding> candidates) {
		candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME && isShop(folded, finding));
	}

	private static boolean isShop(String folded, Finding finding) {
		String after = folded.substring(finding.end(), Math.min(folded.length(), finding.end() + 30));
		String before = folded.substring(Math.max(0, finding.start() - 30), finding.start());
		boolean quoted = before.lastIndexOf('「') > before.lastIndexOf('」');
		if (quoted && (TRADE_AFTER_QUOTE.matcher(after).find() || TRADE_IN_QUOTE.matcher(after).find()
				|| TRADE_BEFORE_QUOTE.matcher(before).find() || TRADE_OPENS_QUOTE.matcher(before).find())) {
			return true;
		}
		boolean kana = HIRAGANA.matcher(folded.substring(finding.start(), finding.end())).matches();
		return TRADE_NEXT.matcher(after).find() || (kana && KANA_TRADE_NEXT.matcher(after).find())
				|| ENGLISH_VENUE.matcher(before).find();
	}

}
