package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops name candidates that name a group, a shop or a place by where they stand, not by
 * a list of their names: a kana account holder that ends in a group's word (…コドモカイ,
 * …ボランティアノカイ), a name after a trade (スナック 恵子) or ending in one (山田うどん), a shop's name in
 * quotes after its kind (中華料理屋「陳さんの店」), a town between a ward and 在住, a place after "the
 * road between", a quoted name after a bus stop or a station, and digits read out in
 * romaji (Nana-Ichi-Hachi).
 */
final class GroupsAndShops {

	/** A group's word ending a kana holder's last word: 会, クラブ, 組合, 団. */
	private static final Pattern KANA_GROUP = Pattern.compile("[ァ-ヺー]{3,}(?:カイ|クラブ|クミアイ|ダン)");

	/** Trades written right before a shop's name. */
	private static final Pattern TRADE_BEFORE = Pattern.compile("(?:スナック|バー|居酒屋|喫茶|カフェ|食堂|美容室|美容院|理容室?|ヘアサロン"
			+ "|サロン|ラウンジ|割烹|料亭|寿司|鮨|焼肉|焼き鳥|焼鳥|ラーメン|うどん|そば|お好み焼き?|酒店|酒屋|クリーニング)[ ・]?$");

	/** Trades that end a shop's name: 山田うどん, 田中商店. */
	private static final Pattern TRADE_AFTER = Pattern
		.compile(".*(?:うどん|ラーメン|らーめん|そば|食堂|寿司|鮨|商店|酒店|書店|精肉店?|鮮魚店?|薬局|珈琲|ベーカリー)$");

	/** A branch after the name: 山田うどん小倉店. */
	private static final Pattern BRANCH_AFTER = Pattern.compile("\\p{IsHan}{1,4}店(?![員長主])");

	/** A shop's kind, then its name in quotes: 中華料理屋「, ラーメン店「. */
	private static final Pattern KIND_BEFORE_QUOTE = Pattern.compile("(?:屋|店|料理|レストラン|食堂|カフェ|喫茶|スナック|バー)「$");

	/** A person's shop named in quotes: 「陳さんの店」. */
	private static final Pattern PERSONS_SHOP = Pattern.compile("(?:さん|ちゃん)?の(?:店|お店|みせ)」");

	/** A ward and a space before a town, 在住 after it: 小倉北区 上到津 在住. */
	private static final Pattern WARD_BEFORE = Pattern.compile("区 ?$");

	private static final Pattern RESIDENT_AFTER = Pattern.compile(" ?在住");

	/** "the road between Kifune and …": places, not people, stand on a road's ends. */
	private static final Pattern BETWEEN = Pattern
		.compile("(?i:road|street|path|bridge|section|stretch|stops?|lights|crossing|way|area|line)s? between $");

	/**
	 * A quoted name after a stop, a station or a sign: the bus stop sign for "Hibikino
	 * …".
	 */
	private static final Pattern QUOTED_AFTER_STOP = Pattern.compile(
			"(?i:bus stop|stop|station|sign|signpost|board)(?: sign)?(?: for| called| named| at| of| reads| says)? [\"“]$");

	/** Japanese digits read in romaji, joined by hyphens: Nana-Ichi-Hachi. */
	private static final Pattern ROMAJI_DIGITS = Pattern.compile(
			"(?i:(?:zero|rei|ichi|ni|san|yon|shi|go|roku|nana|shichi|hachi|kyu|kyuu|ku)(?:[- ](?:zero|rei|ichi|ni|san|yon|shi|go|roku|nana|shichi|hachi|kyu|kyuu|ku))+)");

	private static final int REACH = 12;

	private GroupsAndShops() {
	}

	/** Drops the name candidates that are groups, shops or places. */
	static void remove(String folded, List<Finding> candidates) {
		if (candidates.isEmpty()) {
			return;
		}
		// What the text holds is read once, not per candidate: a long text with many
		// names would otherwise be scanned again for each.
		Cues cues = new Cues(TextFold.isJapanese(folded), folded.contains("在住"), folded.indexOf('「') >= 0,
				folded.indexOf('店') >= 0);
		candidates.removeIf((finding) -> finding.kind() == PersonalDataKind.PERSON_NAME
				&& isGroupShopOrPlace(folded, finding, cues));
	}

	private static boolean isGroupShopOrPlace(String folded, Finding finding, Cues cues) {
		String name = finding.in(folded);
		int from = Math.max(0, finding.start() - REACH);
		if (ROMAJI_DIGITS.matcher(name).matches()) {
			return true;
		}
		if (!cues.japanese()) {
			Matcher between = BETWEEN.matcher(folded).region(Math.max(0, finding.start() - 30), finding.start());
			return between.find() || (quotedStart(folded, finding) >= 0 && stopBefore(folded, finding));
		}
		return (StartSet.KATAKANA.test(folded.charAt(finding.start())) && kanaGroup(folded, finding))
				|| TRADE_BEFORE.matcher(folded).region(from, finding.start()).find()
				|| TRADE_AFTER.matcher(name).matches()
				|| (cues.branch() && BRANCH_AFTER.matcher(folded).region(finding.end(), folded.length()).lookingAt())
				|| (cues.quote() && KIND_BEFORE_QUOTE.matcher(folded).region(from, finding.start()).find()
						&& PERSONS_SHOP.matcher(folded).region(finding.end(), folded.length()).lookingAt())
				|| (cues.residence() && residence(folded, finding, from));
	}

	/** A town between a ward and 在住, or a candidate that took 在住 in. */
	private static boolean residence(String folded, Finding finding, int from) {
		return finding.in(folded).endsWith("在住") || (WARD_BEFORE.matcher(folded).region(from, finding.start()).find()
				&& RESIDENT_AFTER.matcher(folded).region(finding.end(), folded.length()).lookingAt());
	}

	/**
	 * What a text holds, read once for all its candidates.
	 *
	 * @param japanese whether it has kana or kanji
	 * @param residence whether it says 在住
	 * @param quote whether it has 「
	 * @param branch whether it has 店
	 */
	private record Cues(boolean japanese, boolean residence, boolean quote, boolean branch) {
	}

	/**
	 * The holder's kana run, to its last word: a group when that word ends in 会 or the
	 * like.
	 */
	private static boolean kanaGroup(String folded, Finding finding) {
		int end = finding.end();
		while (end < folded.length() && (StartSet.KATAKANA.test(folded.charAt(end)) || folded.charAt(end) == 'ー'
				|| (folded.charAt(end) == ' ' && end + 1 < folded.length()
						&& StartSet.KATAKANA.test(folded.charAt(end + 1))))) {
			end++;
		}
		int last = folded.lastIndexOf(' ', end - 1) + 1;
		last = Math.max(last, finding.start());
		return KANA_GROUP.matcher(folded).region(last, end).matches();
	}

	/** Where the quote holding the finding opens, on its line, or -1. */
	private static int quotedStart(String folded, Finding finding) {
		for (int at = finding.start() - 1; at >= Math.max(0, finding.start() - 30); at--) {
			char c = folded.charAt(at);
			if (c == '"' || c == '“') {
				return at;
			}
			if (c == '\n' || c == '”') {
				return -1;
			}
		}
		return -1;
	}

	private static boolean stopBefore(String folded, Finding finding) {
		int quote = quotedStart(folded, finding);
		return QUOTED_AFTER_STOP.matcher(folded).region(Math.max(0, quote - 40), quote + 1).find();
	}

}
