package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags names by the way people write them on things and around a message, whatever
 * script or case they are typed in: a Latin word before さん or 様 (ｙａｍａｄａ さん), a word in
 * quotes after 表札 or 名札, a name in capitals in quotes (WONG KA MING), a listed surname
 * after a capitalised word in quotes, initials in quotes (「M.K」), a handle after a label
 * (報告者：mariko_t), a surname before 方 after an address (… 山内 方 …), a name before まで after
 * a phone, a child after its relation and a space, a kana given name before a spaced ちゃん,
 * a full name in kanji alone on the post's last line under an address or a ward and town,
 * and a name with an age in brackets ((jayden okoro, 9 yrs)).
 */
final class WrittenNames {

	/** A Latin word (or two, or a word and an initial) before an honorific or 宅. */
	private static final Pattern LATIN_HONORIFIC = Pattern
		.compile("(?<![A-Za-z.@_])(?<v>[A-Za-z]{2,15}(?:[ .][A-Za-z]{1,15})?) ?(?=さん|様|さま|宅|氏(?!名))");

	/** A plate or a tag quoted: 表札は「Kondo」, 名札には「2ねん3くみ いしかわ ゆうと」. */
	private static final Pattern PLATE = Pattern.compile("(?:表札|名札|ネームプレート)(?:には|に|は|が)?「(?<v>[^」\\n]{1,20})」");

	/** A school class written before the name on a tag: 2ねん3くみ, 3年2組. */
	private static final Pattern SCHOOL_CLASS = Pattern.compile("\\d(?:ねん|年)\\d?(?:くみ|組)? ?");

	/** Two to four words in capitals in quotes: a name as an ID card writes it. */
	private static final Pattern QUOTED_CAPITALS = Pattern
		.compile("[\"“「](?<v>[A-Z][A-Z'\\-]+(?: [A-Z][A-Za-z'\\-]+){1,3})[\"”」]");

	/** Initials alone in quotes: 「M.K」, "T.S.". */
	private static final Pattern QUOTED_INITIALS = Pattern.compile("[\"“「『](?<v>[A-Z][.・] ?[A-Z]\\.?)[\"”」』]");

	/** A handle or romaji after a Japanese label: 報告者：mariko_t, 差出人：t.suzuki. */
	private static final Pattern LABELLED_HANDLE = Pattern
		.compile("(?:氏名|名前|報告者|投稿者|差出人|送信者|連絡者|通報者|申請者|記入者|相談者|依頼者)(?:は|：|:) ?"
				+ "(?<v>[A-Za-z][A-Za-z0-9_.\\-]{1,24}[A-Za-z0-9])(?=[ 、。,（(\\n]|$)(?![^\\n]{0,2}@)");

	/** A surname before 方 (care of) right after an address: …2-3 山内 方 花子. */
	private static final Pattern CARE_OF = Pattern
		.compile("\\G[ ,、]{0,2}(?<v>\\p{IsHan}{1,4}|[ァ-ヺー]{2,8}) ?方(?=[ \\n])");

	/** A name right after a phone, before まで or 宛: …4567 牧野まで. */
	private static final Pattern BEFORE_MADE = Pattern
		.compile("\\G[ 、,]{0,2}(?<v>\\p{IsHan}{1,4}|[ァ-ヺー]{2,8}|[ぁ-ゖ]{2,5})(?:まで|宛|あて)");

	/**
	 * What stands after a phone before まで but is no name: a time, a place or an office.
	 */
	private static final Pattern NOT_OWNER = Pattern
		.compile(".*(?:時|日|曜|月|年|分|頃|中|内|以降|夜|朝|昼|夕方|平日|土日|休日|週末|窓口|受付|事務所|課|係|局|室|所|センター|会社|本社|支店|店|駅).*");

	/** A child after its relation, の and a space, or a colon: 長女の えま（, 子ども：あおい（. */
	private static final Pattern CHILD = Pattern.compile("(?:長男|次男|三男|二男|長女|次女|二女|三女|息子|娘|孫|子ども|子供)(?:の |[:：] ?)"
			+ "(?<v>[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6}|\\p{IsHan}{1,3})(?=[ 、。（(\\n]|$)");

	/** A kana given name before a spaced ちゃん or くん: あいり ちゃん. */
	private static final Pattern SPACED_CHAN = Pattern.compile("(?<![ぁ-ゖ])(?<v>[ぁ-ゖ]{2,5}) (?=ちゃん|くん)");

	/** A full name in kanji alone on the last line: 大塚 正和. */
	private static final Pattern LAST_LINE = Pattern.compile("\\n[ ]*(?<v>\\p{IsHan}{1,3} \\p{IsHan}{1,3})[ 。]*$");

	/** A quote after a firm's or a place's kind: the dental clinic "Smile Ishida". */
	private static final Pattern PLACE_OR_FIRM_BEFORE = Pattern
		.compile("(?i:clinic|dentist|hospital|shop|store|cafe|bar|pub|restaurant|salon|hotel|inn|school|nursery"
				+ "|kindergarten|bakery|company|firm|office|cent(?:er|re)|gym|studio|club|brand|sign|stop|station|park"
				+ "|building|bridge|street|road|called|named) [\"“]$");

	/** A name and an age in brackets: (jayden okoro, 9 yrs), (Mia, 4 years old). */
	private static final Pattern NAME_AND_AGE = Pattern.compile(
			"\\((?<v>[A-Za-z][a-z'-]+(?: [A-Za-z][a-z'-]+)?), \\d{1,2} ?(?:yrs?|years?(?: old)?|y/?o|y\\.o\\.)\\)");

	/** A line that holds a ward and its town and nothing else: 八幡東区祇園二丁目. */
	private static final Pattern WARD_LINE = Pattern
		.compile("[ ]*(?:北九州市)?\\p{IsHan}{1,4}区[\\p{IsHan}ヶケ\\d]{1,12}[ ]*");

	/** Two name-shaped words in quotes: it's "Raphael Dubois". */
	private static final Pattern QUOTED_PAIR = Pattern.compile("[\"“](?<v>[A-Z][a-z'-]+ [A-Z][a-z'-]+)[\"”]");

	/** What a relation's word or an honorific is followed by that is no name. */
	private static final Pattern NOT_NAME = Pattern.compile("(?i)(?:mr|mrs|ms|dr|the|my|our|your|his|her|their|a|an)");

	private WrittenNames() {
	}

	/** Adds the forms the pet, firm and place filters should still see. */
	static void addBeforeFilters(String folded, List<Finding> candidates) {
		boolean japanese = TextFold.isJapanese(folded);
		if (japanese && hasLatin(folded)) {
			Matcher latin = LATIN_HONORIFIC.matcher(folded);
			while (latin.find()) {
				String first = latin.group("v").split("[ .]")[0];
				// Not an acronym (NHKさん, JRさん): a firm's.
				boolean acronym = first.length() <= 4 && first.equals(first.toUpperCase(Locale.ROOT));
				if (!acronym && !NOT_NAME.matcher(first).matches()) {
					flag(latin, candidates);
				}
			}
		}
		if (folded.indexOf('"') >= 0 || folded.indexOf('“') >= 0 || folded.indexOf('「') >= 0) {
			Matcher capitals = QUOTED_CAPITALS.matcher(folded);
			while (capitals.find()) {
				if (anyNameShaped(capitals.group("v"))) {
					flag(capitals, candidates);
				}
			}
			Matcher pair = QUOTED_PAIR.matcher(folded);
			while (pair.find()) {
				String[] words = pair.group("v").split(" ");
				boolean given = LatinWords.isGiven(words[0]) && (LatinWords.isSurname(words[1])
						|| LatinWords.isGiven(words[1]) || LatinWords.romajiShaped(words[1]));
				// A listed surname after any capitalised word that starts no place or
				// firm.
				boolean surname = LatinWords.isSurname(words[1]) && !LatinWords.notLast(words[0])
						&& !LatinWords.notLast(words[1]) && !Places.isRomajiPlace(words[0]);
				if ((given || surname) && !PLACE_OR_FIRM_BEFORE.matcher(folded)
					.region(Math.max(0, pair.start() - 24), pair.start() + 1)
					.find()) {
					flag(pair, candidates);
				}
			}
			Matcher initials = QUOTED_INITIALS.matcher(folded);
			while (initials.find()) {
				flag(initials, candidates);
			}
		}
		if (japanese && (folded.contains("札") || folded.contains("ネームプレート"))) {
			Matcher plate = PLATE.matcher(folded);
			while (plate.find()) {
				Matcher school = SCHOOL_CLASS.matcher(plate.group("v"));
				int start = plate.start("v") + (school.lookingAt() ? school.end() : 0);
				if (start < plate.end("v")) {
					candidates
						.add(new Finding(PersonalDataKind.PERSON_NAME, start, plate.end("v"), Confidence.FLAGGED));
				}
			}
		}
	}

	/**
	 * Adds the forms whose place is surer than the filters: after a label or a contact.
	 */
	static void addAfterFilters(String folded, List<Finding> candidates) {
		if (!TextFold.isJapanese(folded)) {
			if (folded.contains(" y")) {
				// A person's age in brackets after the words says they are a name.
				Matcher aged = NAME_AND_AGE.matcher(folded);
				while (aged.find()) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, aged));
				}
			}
			return;
		}
		if (hasLatin(folded)) {
			// A label leaves no doubt: masked, as UncertainNames masks a kana name after
			// one.
			Matcher handle = LABELLED_HANDLE.matcher(folded);
			while (handle.find()) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, handle));
			}
		}
		boolean careOf = folded.indexOf('方') >= 0;
		boolean made = folded.contains("まで") || folded.indexOf('宛') >= 0 || folded.contains("あて");
		for (Finding finding : List.copyOf(candidates)) {
			if (careOf && finding.kind() == PersonalDataKind.POSTAL_ADDRESS) {
				Matcher matcher = CARE_OF.matcher(folded).region(finding.end(), folded.length());
				if (matcher.lookingAt()) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, matcher));
				}
			}
			if (made && finding.kind() == PersonalDataKind.PHONE) {
				Matcher matcher = BEFORE_MADE.matcher(folded).region(finding.end(), folded.length());
				if (matcher.lookingAt() && !NOT_OWNER.matcher(matcher.group("v")).matches()) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, matcher));
				}
			}
		}
		if (folded.contains("子") || folded.contains("男") || folded.contains("女") || folded.contains("孫")
				|| folded.contains("娘")) {
			// A relation or a label before the name leaves no doubt: masked.
			Matcher child = CHILD.matcher(folded);
			while (child.find()) {
				if (knownName(child.group("v"))) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, child));
				}
			}
		}
		if (folded.contains(" ちゃん") || folded.contains(" くん")) {
			Matcher chan = SPACED_CHAN.matcher(folded);
			while (chan.find()) {
				String word = chan.group("v");
				if (DictionaryNames.kanaGivenName(word) || JapaneseNames.KANA_GIVEN_NAMES.contains(word)) {
					candidates.add(Found.value(PersonalDataKind.PERSON_NAME, chan));
				}
			}
		}
		lastLineUnderAddress(folded, candidates);
	}

	/** The last line's full name, when the line before it ends with an address. */
	private static void lastLineUnderAddress(String folded, List<Finding> candidates) {
		int line = folded.lastIndexOf('\n');
		if (line < 0) {
			return;
		}
		Matcher last = LAST_LINE.matcher(folded).region(line, folded.length());
		if (!last.lookingAt()) {
			return;
		}
		int previous = folded.lastIndexOf('\n', line - 1) + 1;
		if (WARD_LINE.matcher(folded).region(previous, line).matches()) {
			candidates.add(Found.value(PersonalDataKind.PERSON_NAME, last));
			return;
		}
		for (Finding finding : List.copyOf(candidates)) {
			if (finding.kind() == PersonalDataKind.POSTAL_ADDRESS && finding.end() <= line
					&& folded.substring(finding.end(), line).isBlank()) {
				candidates.add(Found.value(PersonalDataKind.PERSON_NAME, last, Confidence.MASKED));
				return;
			}
		}
	}

	/**
	 * A word the name lists or the dictionary know as a name: after 長女の and a space
	 * stands 学校 or なし as well as a child.
	 */
	private static boolean knownName(String word) {
		return JapaneseNames.GIVEN_NAMES.contains(word) || JapaneseNames.SURNAMES.contains(word)
				|| JapaneseNames.KANA_GIVEN_NAMES.contains(word) || DictionaryNames.kanaGivenName(word)
				|| DictionaryNames.kanaSurname(word);
	}

	private static boolean anyNameShaped(String words) {
		for (String word : words.split(" ")) {
			String plain = word.replace("'", "");
			if (plain.length() < 2) {
				continue;
			}
			String capitalised = plain.charAt(0) + plain.substring(1).toLowerCase(Locale.ROOT);
			if (LatinWords.notLast(capitalised)) {
				return false;
			}
			if (LatinWords.isGiven(capitalised) || LatinWords.isSurname(capitalised)
					|| LatinWords.romajiShaped(capitalised)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasLatin(String folded) {
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
				return true;
			}
		}
		return false;
	}

	private static void flagAll(Matcher matcher, List<Finding> candidates) {
		while (matcher.find()) {
			flag(matcher, candidates);
		}
	}

	private static void flag(Matcher matcher, List<Finding> candidates) {
		candidates.add(Found.value(PersonalDataKind.PERSON_NAME, matcher, Confidence.FLAGGED));
	}

}
