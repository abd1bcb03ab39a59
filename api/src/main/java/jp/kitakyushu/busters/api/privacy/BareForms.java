package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data by its form where the cue other rules wait for is missing: a house
 * number without its town after 場所は or 私は, a lone room number, a town ending in 町 with
 * its lot, a floor or a building's room after an address, a child's name in brackets
 * after its date of birth, a relative's name in quotes, initials, a date of birth in
 * brackets after a name, an extension after a phone, a romanised plate, an account number
 * after a bank's name and a colon, an English date of birth with an era, and a hyphenated
 * full name closing an English post.
 */
final class BareForms {

	/** A chōme with its lot and house (２丁目４－９), or three numbers after a cue. */
	private static final Pattern CHOME_LOT = Pattern
		.compile("(?<![0-9])[0-9]{1,2}丁目[0-9]{1,4}(?:番地?|-)[0-9]{1,4}(?:号|-[0-9]{1,4})?(?![0-9])");

	/** A house number after the writer's or a place's cue: (私は2-9-3), 場所は2-4-9. */
	private static final Pattern CUED_LOT = Pattern
		.compile("(?:場所は|私は|自宅は|家は|住まいは|うちは)" + "(?<v>[1-9][0-9]{0,2}-[0-9]{1,3}(?:-[0-9]{1,4})?)(?![0-9-])");

	/** A room number standing alone: 303号室. */
	private static final Pattern ROOM = Pattern.compile("(?<![0-9A-Za-z-])[A-Z]?-?[0-9]{3,4}号室");

	/** A town ending in 町, then its lot: 西鞘ヶ谷町21-3. */
	private static final Pattern TOWN_LOT = Pattern
		.compile("[一-龯々ヶケ]{1,6}町[0-9]{1,4}-[0-9]{1,4}(?:-[0-9]{1,4})?(?![0-9-])");

	/** What may follow an address: a floor, a building with its room, or a cut lot. */
	private static final Pattern ADDRESS_TAIL = Pattern.compile(
			"^(?:[、, ]?[0-9]{1,2}(?:階|F)" + "|(?:[ 、][ァ-ヺー一-龯々]{2,14})? ?(?:[A-Z]-?[0-9]{2,4}|[0-9]{2,4}号室)(?![0-9])"
					+ "|[0-9]{1,4}(?:-[0-9]{1,4})+(?![0-9]))");

	/** A child's name in brackets after its date of birth: （…生、あおい）. */
	private static final Pattern BRACKETED_CHILD = Pattern
		.compile("(?:生|生まれ|歳|才)[、,] ?(?<v>[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6}|[一-龯々]{1,3})(?=[)）])");

	/** A given name after 名前は, unless a pet is named. */
	private static final Pattern NAME_IS = Pattern
		.compile("名前は(?!不明|未定|未記入|なし|ない|まだ|秘密|ひみつ|わから|分から)(?<v>[一-龯々]{1,3}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})(?=[)）、,。]|です|と)");

	/** Words that make a name after 名前は a pet's anywhere before it in the post. */
	private static final Pattern PETS = Pattern.compile("犬|猫|イヌ|ネコ|いぬ|ねこ|ワンちゃん|わんちゃん|ペット|インコ|うさぎ|ウサギ|ハムスター|鳥|鑑札");

	/** A relative's name in quotes: 父は「ヨシオ」. */
	private static final Pattern KIN_QUOTED = Pattern.compile(
			"(?:父|母|夫|妻|息子|娘|兄|姉|弟|妹|祖父|祖母|孫)(?:の名前)?は「(?<v>[ァ-ヺー]{2,8}|[ぁ-ゖ]{2,6}|[一-龯々]{1,4}(?: ?[一-龯々]{1,3})?)」");

	/** Initials in Japanese text: K.S, T.K. */
	private static final Pattern INITIALS = Pattern.compile("(?<![A-Za-z.])[A-Z]\\. ?[A-Z]\\.?(?![A-Za-z])");

	/** A date in brackets: （令和2年4月9日）, （2019年4月9日）. */
	private static final Pattern BRACKETED_DATE = Pattern.compile(
			"^[（(](?<v>(?:令和|平成|昭和|大正|[RHS]) ?(?:[0-9]{1,2}|元)年|[12][0-9]{3}年)[0-9]{1,2}月[0-9]{1,2}日(?:生まれ|生)?[）)]");

	/** A bracketed word, then an extension, after a phone. */
	private static final Pattern EXTENSION = Pattern
		.compile("^ ?[（(][^（()）]{1,4}[）)] ?(?:内線|ext\\.?|Ext\\.?) ?[0-9]{1,5}");

	/**
	 * A name in kana after a phone, then まで, です or the post's end; in kanji the word
	 * there is as often an office's (窓口まで, 担当まで).
	 */
	private static final Pattern NAME_AFTER_PHONE = Pattern
		.compile("^ ?[(（]?(?!です|まで|ます|など)(?<v>[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})[)）]? ?(?=まで|へ|です|$)");

	/** A romanised plate: Kitakyushu-shi ko 45-09. */
	private static final Pattern ROMAN_PLATE = Pattern
		.compile("\\b[A-Z][a-z]{2,12}(?:-shi)?(?: [0-9]{2,3})? [a-z]{1,3} [0-9]{1,2}-[0-9]{2}\\b");

	/** A bank's or an account's word, then a colon and seven digits. */
	private static final Pattern ACCOUNT_AFTER_BANK = Pattern
		.compile("(?:Bank|bank|account|Account)(?: [A-Z][A-Za-z.-]*)*: ?(?<v>[0-9]{7})(?![0-9-])");

	/** An English date of birth with an era: born on 5 May, Showa 9 (1934). */
	private static final Pattern ERA_BIRTH = Pattern.compile("(?:born|Born|birth|DOB)(?: on| in)?:? (?<v>"
			+ "(?:[0-9]{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8},? |[A-Z][a-z]{2,8} [0-9]{1,2}(?:st|nd|rd|th)?,? )?"
			+ "(?:Showa|Heisei|Reiwa|Taisho) [0-9]{1,2}(?: ?\\([12][0-9]{3}\\))?)");

	/** A hyphenated full name closing a post: … my only option. Hye-jin Park. */
	private static final Pattern HYPHENATED_LAST = Pattern
		.compile("(?<=[.!?] )(?<v>[A-Z][a-z]+-[a-z]+ [A-Z][a-z]+|[A-Z][a-z]+ [A-Z][a-z]+-[A-Z][a-z]+)\\.?\\s*$");

	private BareForms() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		if (TextFold.isJapanese(folded)) {
			addJapanese(folded, candidates, added);
		}
		else {
			addEnglish(folded, added);
		}
		addAfterPhones(folded, TextFold.isJapanese(folded), candidates, added);
		candidates.addAll(added);
	}

	private static void addJapanese(String folded, List<Finding> candidates, List<Finding> added) {
		all(CHOME_LOT, folded, null, PersonalDataKind.POSTAL_ADDRESS, added);
		all(CUED_LOT, folded, "v", PersonalDataKind.POSTAL_ADDRESS, added);
		all(ROOM, folded, null, PersonalDataKind.POSTAL_ADDRESS, added);
		all(TOWN_LOT, folded, null, PersonalDataKind.POSTAL_ADDRESS, added);
		all(BRACKETED_CHILD, folded, "v", PersonalDataKind.PERSON_NAME, added);
		all(KIN_QUOTED, folded, "v", PersonalDataKind.PERSON_NAME, added);
		all(INITIALS, folded, null, PersonalDataKind.PERSON_NAME, added);
		Matcher named = NAME_IS.matcher(folded);
		while (named.find()) {
			String before = folded.substring(0, named.start());
			if (!PETS.matcher(before).find()) {
				added.add(Found.value(PersonalDataKind.PERSON_NAME, named));
			}
		}
		for (Finding finding : List.copyOf(candidates)) {
			if (finding.kind() == PersonalDataKind.POSTAL_ADDRESS && !finding.flagged()) {
				Matcher tail = ADDRESS_TAIL.matcher(folded).region(finding.end(), folded.length());
				if (tail.lookingAt()) {
					added.add(new Finding(PersonalDataKind.POSTAL_ADDRESS, finding.start(), tail.end()));
				}
			}
			else if (finding.kind() == PersonalDataKind.PERSON_NAME) {
				Matcher date = BRACKETED_DATE.matcher(folded).region(finding.end(), folded.length());
				if (date.lookingAt()) {
					added.add(new Finding(PersonalDataKind.DATE_OF_BIRTH, date.start("v"), date.end() - 1));
				}
			}
		}
	}

	private static void addEnglish(String folded, List<Finding> added) {
		Matcher plate = ROMAN_PLATE.matcher(folded);
		while (plate.find()) {
			String before = folded.substring(Math.max(0, plate.start() - 30), plate.start()).toLowerCase();
			if (plate.group().contains("-shi ") || before.contains("plate") || before.contains("number")) {
				added.add(new Finding(PersonalDataKind.NUMBER_PLATE, plate.start(), plate.end()));
			}
		}
		all(ACCOUNT_AFTER_BANK, folded, "v", PersonalDataKind.BANK_ACCOUNT, added);
		all(ERA_BIRTH, folded, "v", PersonalDataKind.DATE_OF_BIRTH, added);
		all(HYPHENATED_LAST, folded, "v", PersonalDataKind.PERSON_NAME, added);
	}

	private static void addAfterPhones(String folded, boolean japanese, List<Finding> candidates, List<Finding> added) {
		for (Finding finding : candidates) {
			if (finding.kind() == PersonalDataKind.PHONE) {
				Matcher extension = EXTENSION.matcher(folded).region(finding.end(), folded.length());
				if (extension.lookingAt()) {
					added.add(new Finding(PersonalDataKind.PHONE, finding.start(), extension.end()));
				}
				Matcher name = NAME_AFTER_PHONE.matcher(folded).region(finding.end(), folded.length());
				if (japanese && name.lookingAt()) {
					added.add(Found.value(PersonalDataKind.PERSON_NAME, name));
				}
			}
		}
	}

	private static void all(Pattern pattern, String folded, String group, PersonalDataKind kind, List<Finding> added) {
		Matcher matcher = pattern.matcher(folded);
		while (matcher.find()) {
			int start = (group != null) ? matcher.start(group) : matcher.start();
			int end = (group != null) ? matcher.end(group) : matcher.end();
			added.add(new Finding(kind, start, end));
		}
	}

}
