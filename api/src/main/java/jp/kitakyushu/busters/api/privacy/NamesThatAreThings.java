package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.ListIterator;
import java.util.regex.Pattern;

/**
 * Drops findings a post shows to be something else, whatever rule found them: a shop
 * named with a given name after its trade (お好み焼き …, 麺処 …, 純喫茶 …), names in a quoted
 * shop's name after its kind ("… & …" after bakery or café), a pet's name tag (名札に「…」), a
 * car maker after its colour, a place before the cable car, station or shrine it names, a
 * prefecture, a group after its name (…町内会), an era's year alone taken for a date of
 * birth; and trims a letter of an era off a name it was glued to (… S12.7.25).
 */
final class NamesThatAreThings {

	/** A trade before a shop's name: the name is the shop's. */
	private static final Pattern TRADE_BEFORE = Pattern
		.compile("(?:お好み焼き?|焼肉|焼き?鳥|やきとり|たこ焼き?|麺処|めん処|麺屋|純喫茶|喫茶|カフェ|スナック|居酒屋|食堂|ラーメン|うどん|寿司|鮨|美容室|"
				+ "美容院|理容室|パン屋|花屋|小料理) ?[「『]?$");

	private static final Pattern TRADE_FIRST = Pattern.compile("^(?:お好み焼き?|焼肉|麺処|めん処|麺屋|純喫茶|喫茶|カフェ|スナック|居酒屋|食堂|小料理) ");

	/** A shop's kind before its quoted name: a bakery called "…". */
	private static final Pattern SHOP_QUOTE_BEFORE = Pattern
		.compile("(?i:bakery|cafe|café|shop|restaurant|bar|salon|store|bistro|bakery)[^\"“\\n]{0,20}[\"“][^\"”\\n]*$");

	private static final Pattern NAME_TAG_BEFORE = Pattern.compile("(?:名札|首輪|迷子札|ネームタグ)(?:に|には|の|は)?[「『]$");

	/** An animal in the post: a name tag is then a pet's, not a clerk's. */
	private static final Pattern ANIMAL = Pattern.compile("犬|猫|首輪|ペット|迷子札");

	private static final Pattern CAR = Pattern.compile(
			"^(?:(?:Silver|White|Black|Red|Blue|Grey|Gray|Green|Yellow|Brown|Dark|Light) )?(?:Honda|Toyota|Nissan|Mazda|Subaru"
					+ "|Suzuki|Daihatsu|Mitsubishi|Lexus)$");

	private static final Pattern COLOUR_BEFORE = Pattern
		.compile("(?i:silver|white|black|red|blue|grey|gray|green|yellow|brown|dark|light|a|an|my|his|her) $");

	private static final Pattern FACILITY_AFTER = Pattern.compile(
			"^ (?i:cable car|ropeway|station|mountain|river|bridge|shrine|temple|castle|beach|dam|pond|lake|trail|pass)\\b");

	/** What follows a prefecture that is also a surname when the place is meant. */
	private static final Pattern PLACE_AFTER = Pattern.compile("^ ?(?:に住|在住|出身|県|から来|へ行|に行|にいる|に引っ越|やけん|にお住)");

	private static final Pattern HONORIFIC_AFTER = Pattern.compile("^(?:さん|様|氏|先生|くん|君|ちゃん|殿|さま)");

	private static final Pattern GROUP_AFTER = Pattern.compile("^(?:町内会|自治会|子ども会|子供会|老人会|婦人会|保存会|愛好会|商店会|振興会)(?!長)");

	/** A name ending in an era's letter glued to the date after it: … S12.7.25. */
	private static final Pattern ERA_LETTER_END = Pattern.compile(" ?[MTSHR]$");

	private NamesThatAreThings() {
	}

	static void remove(String folded, List<Finding> candidates) {
		ListIterator<Finding> each = candidates.listIterator();
		while (each.hasNext()) {
			Finding finding = each.next();
			if (finding.kind() != PersonalDataKind.PERSON_NAME) {
				continue;
			}
			String word = finding.in(folded);
			int end = finding.end();
			if (end < folded.length() && Character.isDigit(folded.charAt(end)) && ERA_LETTER_END.matcher(word).find()) {
				int cut = word.length() - ERA_LETTER_END.matcher(word).results().findFirst().get().group().length();
				if (cut > 0) {
					each.set(finding.over(finding.start(), finding.start() + cut));
				}
				else {
					each.remove();
				}
				continue;
			}
			if (isThing(folded, finding, word)) {
				each.remove();
			}
		}
	}

	private static boolean isThing(String folded, Finding finding, String word) {
		String before = folded.substring(Math.max(0, finding.start() - 40), finding.start());
		String after = folded.substring(finding.end(), Math.min(folded.length(), finding.end() + 16));
		if (TRADE_BEFORE.matcher(before).find() || TRADE_FIRST.matcher(word).find() || GROUP_AFTER.matcher(after).find()
				|| NAME_TAG_BEFORE.matcher(before).find() && ANIMAL.matcher(folded).find()) {
			return true;
		}
		if (before.indexOf('"') >= 0 || before.indexOf('“') >= 0) {
			if (SHOP_QUOTE_BEFORE.matcher(before).find()) {
				return true;
			}
		}
		if (CAR.matcher(word).find() && (word.indexOf(' ') > 0 || COLOUR_BEFORE.matcher(before).find())) {
			return true;
		}
		if (word.indexOf(' ') < 0 && !word.isEmpty() && Character.isUpperCase(word.charAt(0))
				&& FACILITY_AFTER.matcher(after).find()) {
			return true;
		}
		return Prefectures.NAMES.contains(word) && !HONORIFIC_AFTER.matcher(after).find()
				&& (!JapaneseNames.SURNAMES.contains(word) || PLACE_AFTER.matcher(after).find());
	}

}
