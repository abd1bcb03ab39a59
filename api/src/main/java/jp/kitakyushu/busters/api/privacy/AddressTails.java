package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and completes addresses by the parts people add around the numbers: a romanised
 * lot in ban and go (10-ban 5-go) or before a lower-case chome (7-3 shin-ike 1 chome), a
 * lot in kanji numerals joined by の (二の十五の三); and widens a found address over "No." or
 * the city before it, a building and floor before it (2F Ryokuen Bldg., …), and after it
 * a building and floor (…, Sunrise Sone 2F), a kanji lot after the 番地 (…番地ノ四), a building
 * after 、 (…、コーポ三ヶ森) or a flat after its block (…棟番号B-312). A ward after the address
 * stays visible, as the corpora but the last keep it (…, Tobata): a ward alone points at
 * no one.
 */
final class AddressTails {

	private static final String KANJI_NUMBER = "[一二三四五六七八九十〇]{1,3}";

	/** Sone-shinmachi 10-ban 5-go: the town, then the block and the house by name. */
	private static final Pattern BAN_GO = Pattern
		.compile("(?i:\\b[a-z]{2,16}(?:-[a-z]{2,12})?,? \\d{1,3}-ban(?:chi)?,? \\d{1,3}-go)\\b");

	/** 7-3 shin-ike 1 chome: a house number and a town before a chome, in any case. */
	private static final Pattern LOT_BEFORE_CHOME = Pattern
		.compile("(?i:\\b\\d{1,4}-\\d{1,4}(?:-\\d{1,4})? [a-z]{2,16}(?:-[a-z]{2,12})? \\d{1,2}[- ]?chome)\\b");

	/** 八幡西区三ヶ森二の十五の三: a ward, a town and a lot in kanji numerals joined by の. */
	private static final Pattern KANJI_LOT_WITH_NO = Pattern
		.compile("(?<![\\p{IsHan}])\\p{IsHan}{1,4}区 ?\\p{IsHan}[\\p{IsHan}ヶケ]{0,6}?" + KANJI_NUMBER + "の" + KANJI_NUMBER
				+ "の" + KANJI_NUMBER + "(?![\\p{IsHan}])");

	/** A building with its floor or flat after a comma: …, Sunrise Sone 2F. */
	private static final Pattern BUILDING_AFTER = Pattern
		.compile(", (?:[A-Z][A-Za-z'-]+ ){1,3}(?:\\d{1,2}F|#\\d{1,4}|\\d{3,4})(?![\\w-])");

	/** A lot in kanji numerals after 番地 or a lot: …十五番地ノ四. */
	private static final Pattern KANJI_LOT = Pattern.compile("[のノ]" + KANJI_NUMBER + "(?![\\p{IsHan}])");

	/** A building after 、, its word first or last: 、コーポ三ヶ森, 、三ヶ森ハイツ 203. */
	private static final Pattern BUILDING_AFTER_COMMA = Pattern.compile("、 ?(?:(?:コーポ|メゾン|ハイツ|レジデンス|グラン)"
			+ "[\\p{IsKatakana}\\p{IsHan}ヶー・]{1,10}|[\\p{IsKatakana}\\p{IsHan}ヶー・]{1,10}(?:ビル|マンション|ハイツ|コーポ|荘|アパート|ハイム|団地))"
			+ "(?: ?\\d{1,4}号室?)?");

	/** A flat after its block: …棟番号B-312, … 部屋番号 203. */
	private static final Pattern FLAT_AFTER_BLOCK = Pattern
		.compile("(?:棟番号|部屋番号|番号)[:：]? ?[A-Z]?-?\\d{1,4}(?:号室?)?(?![\\d\\-])");

	/**
	 * What a romanised address may have before it: No., the city, a floor and building.
	 */
	private static final Pattern BEFORE = Pattern
		.compile("(?:(?:\\d{1,2}F |#?\\d{1,4} )?(?:[A-Z][A-Za-z'-]+ ){1,3}(?:Bldg\\.?|Building|Heights|Mansion|Haitsu"
				+ "|Corpo|Residence|Tower|Court|Apartments?),? |(?i:\\bkitakyushu(?:[- ]?shi| city)?),? |\\b(?i:no)\\. ?"
				+ "|\\b[A-Za-z]{2,14}-ku,? )$");

	private AddressTails() {
	}

	/** Adds the addresses only this class reads. */
	static void find(String folded, List<Finding> candidates) {
		List<Pattern> patterns = new ArrayList<>();
		String lower = folded.toLowerCase(Locale.ROOT);
		if (lower.contains("-ban")) {
			patterns.add(BAN_GO);
		}
		if (lower.contains("chome")) {
			patterns.add(LOT_BEFORE_CHOME);
		}
		if (folded.indexOf('区') >= 0 && folded.indexOf('の') >= 0) {
			patterns.add(KANJI_LOT_WITH_NO);
		}
		for (Pattern pattern : patterns) {
			Found.all(pattern, folded, PersonalDataKind.POSTAL_ADDRESS, candidates);
		}
	}

	/** Widens each address over the parts before and after it. */
	static void widen(String folded, List<Finding> candidates) {
		boolean japanese = TextFold.isJapanese(folded);
		for (int i = 0; i < candidates.size(); i++) {
			Finding finding = candidates.get(i);
			if (finding.kind() != PersonalDataKind.POSTAL_ADDRESS) {
				continue;
			}
			int start = finding.start();
			int end = finding.end();
			if (japanese) {
				end = MatchEnds.after(folded, end, KANJI_LOT);
				end = MatchEnds.after(folded, end, BUILDING_AFTER_COMMA);
				if (folded.charAt(end - 1) == '棟') {
					end = MatchEnds.after(folded, end, FLAT_AFTER_BLOCK);
				}
			}
			else {
				end = MatchEnds.after(folded, end, BUILDING_AFTER);
				Matcher before = BEFORE.matcher(folded).region(Math.max(0, start - 60), start);
				if (before.find()) {
					start = before.start();
				}
			}
			if (start != finding.start() || end != finding.end()) {
				candidates.set(i, finding.over(start, end));
			}
		}
	}

}
