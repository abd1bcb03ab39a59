package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.ListIterator;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops the findings that only look like personal data by what stands around them: a
 * common word (連絡先, 夕方以降, 私), a name that is part of a firm's, a clinic's or a nursery's
 * (Sato Kensetsu, 橋本内科, はるやま保育園), a quoted place a path runs along or a bus stop is
 * called, a pet after 名前：, a utility pole's number, a town with a collection point's
 * number, and the bank's name before a Japan Post symbol and number (the bank's name is
 * no part of that account).
 */
final class LookAlikes {

	/**
	 * Words a name rule may take whole that name nobody (a relative alone names a role).
	 */
	private static final Set<String> COMMON = Set.of("私", "僕", "自分", "本人", "連絡先", "勤務先", "自宅", "携帯", "日中", "平日", "夜間",
			"午前中", "午後", "夕方", "代表", "担当", "会社", "職場", "実家", "母", "父", "妻", "夫", "祖母", "祖父", "兄", "姉", "弟", "妹", "息子",
			"娘", "長男", "長女", "次男", "次女", "三男", "孫", "主人", "家内", "家族", "不明", "未定");

	/** Endings of words a name rule may take that name nobody: 勤務先, 夕方以降. */
	private static final Pattern COMMON_ENDING = Pattern.compile("(?:先|以降|以前|以外|以後|方面|ごろ|頃)$");

	/** A firm's, clinic's or nursery's word after a name: 内科, 保育園, 建設. */
	private static final Pattern INSTITUTION_AFTER = Pattern
		.compile("^(?:[ァ-ヺーぁ-ゖ&&[^のはがをにへとでもやさ様]]{0,2}) ?(?:保育園|保育所|幼稚園|こども園|内科|外科|歯科|小児科|眼科|皮膚科|耳鼻科|医院|病院|"
				+ "クリニック|整骨院|接骨院|薬局|建設|工業|工務店|商店|商事|運送|運輸|不動産|産業|電気|鉄工|興業|組)");

	/**
	 * A firm's word in or after a romanised name: Sato Kensetsu, Yamato Transport, Kanmon
	 * Kisen (a shipping line, 汽船).
	 */
	private static final Pattern FIRM_WORD = Pattern
		.compile("\\b(?:Transport|Kensetsu|Kogyo|Koumuten|Komuten|Construction|Unyu|Kisen|Kaiun|Kotsu|Shosen|"
				+ "Sangyo|Denki|Industries|Industry|Motors|Logistics|Trading|Corporation|Corp|Co|Inc|Ltd|Clinic|Hospital|"
				+ "Dental|Naika|Shoten|Fudosan|Express|Delivery|Builders|Electric|Kindergarten|Hoikuen)\\b");

	private static final Pattern FIRM_LAST = Pattern.compile(" " + FIRM_WORD.pattern() + "(?:'s)?\\.?$");

	private static final Pattern FIRM_AFTER = Pattern.compile("^ " + FIRM_WORD.pattern());

	/** What follows a quoted place: 「堀川」沿い, 「…」通り. */
	private static final Pattern PLACE_AFTER_QUOTE = Pattern.compile("^」(?:沿い|通り|付近|周辺|方面|交差点|の近く|の横|の先|の手前)");

	/** A stop or station that names the quote after it. */
	private static final Pattern STOP_BEFORE = Pattern.compile("バス停|停留所|駅名|駅の名前");

	/** A pet's name label: 猫（名前：ミケ）. */
	private static final Pattern PET_LABEL = Pattern
		.compile("(?:犬|猫|イヌ|ネコ|いぬ|ねこ|ペット|インコ|うさぎ|ウサギ|ハムスター|鳥)[^。\\n]{0,10}名前[:：は]「?$");

	/** A pole or a sign before its number: 電柱の番号は「. */
	private static final Pattern POLE_BEFORE = Pattern.compile("(?:電柱|電信柱|標識)[^。\\n]{0,10}$");

	/** A collection point after a town and one number: 竹末二丁目3の集積所. */
	private static final Pattern COLLECTION_POINT = Pattern.compile("^の?(?:集積所|ごみステーション|ステーション|ごみ置き場)");

	private static final Pattern TOWN_AND_ONE_NUMBER = Pattern.compile("丁目[0-9]{1,3}の?$");

	private LookAlikes() {
	}

	static void remove(String folded, List<Finding> candidates) {
		boolean japanese = TextFold.isJapanese(folded);
		ListIterator<Finding> it = candidates.listIterator();
		while (it.hasNext()) {
			Finding finding = it.next();
			String value = finding.in(folded);
			switch (finding.kind()) {
				case PERSON_NAME -> {
					if (japanese ? lookAlikeJapanese(folded, finding, value) : lookAlikeLatin(folded, finding, value)) {
						it.remove();
					}
				}
				case POSTAL_ADDRESS -> {
					if (japanese && TOWN_AND_ONE_NUMBER.matcher(value).find()
							&& COLLECTION_POINT.matcher(folded).region(finding.end(), folded.length()).lookingAt()) {
						it.remove();
					}
				}
				default -> {
				}
			}
		}
	}

	private static boolean lookAlikeJapanese(String folded, Finding finding, String value) {
		if (COMMON.contains(value) || COMMON_ENDING.matcher(value).find()) {
			return true;
		}
		if (INSTITUTION_AFTER.matcher(folded).region(finding.end(), folded.length()).lookingAt()) {
			return true;
		}
		String before = folded.substring(Math.max(0, finding.start() - 30), finding.start());
		boolean quoted = before.endsWith("「") && folded.startsWith("」", finding.end());
		if (quoted && (PLACE_AFTER_QUOTE.matcher(folded).region(finding.end(), folded.length()).lookingAt()
				|| STOP_BEFORE.matcher(before).find())) {
			return true;
		}
		String near = before.substring(Math.max(0, before.length() - 14));
		if (PET_LABEL.matcher(near).find()) {
			return true;
		}
		return POLE_BEFORE.matcher(near).find() && folded.startsWith(" ", finding.end())
				&& finding.end() + 1 < folded.length() && Character.isDigit(folded.charAt(finding.end() + 1));
	}

	private static boolean lookAlikeLatin(String folded, Finding finding, String value) {
		// A firm's word alone (Kisen in "Kanmon Kisen") names no person either.
		if (FIRM_LAST.matcher(value).find() || FIRM_WORD.matcher(value).matches()) {
			return true;
		}
		int end = Math.min(folded.length(), finding.end() + 16);
		String after = folded.substring(finding.end(), end);
		return FIRM_AFTER.matcher(after).lookingAt();
	}

}
