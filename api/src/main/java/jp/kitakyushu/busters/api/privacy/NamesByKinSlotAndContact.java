package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 33: names still visible after every other rule, found by the shape around them: a
 * kin word just before, an honorific or a self-introduction after, a phone or e-mail just
 * after, a school grade before, an age after, an English sign-off, or the same slot of a
 * list another found name fills.
 */
final class NamesByKinSlotAndContact {

	/** Kin words a family member's given name follows, with or without の (娘の小春, 妻杏子). */
	private static final String KIN = "(?:甥っ子|姪っ子|息子|長男|次男|三男|長女|次女|三女|末っ子|義母|義父|祖母|祖父|叔父|叔母|伯父|伯母|主人|旦那|家内|孫|夫|妻|嫁|婿|娘|父|母|兄|弟|姉|妹|姪|甥)";

	/** What may follow a name in running Japanese: a particle, a bracket, punctuation. */
	private static final String AFTER = "(?=[がはをにとへのも、。，,（(「」 　\\n]|$)";

	/** A kin word, then the name it introduces. */
	private static final Pattern AFTER_KIN = Pattern
		.compile("(?<![一-龥々])" + KIN + "(?:の|・)?(?<name>[一-龥々]{1,4}|[ァ-ヺ][ァ-ヺー]{1,4}|[ぁ-ゖー]{2,5}?)" + AFTER);

	/**
	 * A katakana name before an honorific (ナカガワさん, タケダ様), which kanji rules do not see.
	 */
	private static final Pattern KATAKANA_HONORIFIC = Pattern
		.compile("(?<![ァ-ヺー・])(?<name>[ァ-ヺ][ァ-ヺー・]{1,11})(?=さん|様|さま|くん|ちゃん|君|先生|せんせい|名義)");

	/** A name a writer introduces or another person gives: 丹と言います, タナカと名乗る, チョウです. */
	private static final Pattern INTRODUCED = Pattern.compile(
			"(?<![一-龥々ァ-ヺーぁ-ゖ])(?<name>[一-龥々]{1,4}(?=と(?:申します|言います|いいます|名乗|いう(?:男|女|人|者))|って(?:言います|いいます|名乗))|[ァ-ヺ][ァ-ヺー・]{1,11}(?=と(?:申します|言います|いいます|名乗|いう(?:男|女|人|者))|って(?:言います|いいます|名乗)|です(?:[。、！!けが]|$)))");

	/** A name right before a phone or e-mail, as in a contact line (浦田 090…, 森まで x@y). */
	private static final Pattern BEFORE_CONTACT = Pattern.compile(
			"(?<![一-龥々ァ-ヺーぁ-ゖA-Za-z])(?<name>[一-龥々]{1,4}|[ァ-ヺ][ァ-ヺー・]{1,11}|[A-Za-z][a-z]{2,11})(?:[ 　:：]*|まで[ 、,　]*|[ 　]*[（(])$");

	/** A school grade, then a full name in kana written after a space (3ねん もりた ゆうと). */
	private static final Pattern AFTER_GRADE = Pattern.compile(
			"[0-9０-９一二三四五六](?:ねんせい|ねん|年生|年)(?:[0-9０-９]+(?:くみ|組))?[ 　]+(?<name>[ぁ-ゖー]{2,5}(?:[ 　][ぁ-ゖー]{2,5})?|[ァ-ヺー]{2,6}(?:[ 　][ァ-ヺー]{2,6})?)(?=[ 　]*(?:\\n|$|[。、）)]))");

	/**
	 * A name alone at a line's start before an age, as in a hand-written memo (三郎 八十八才).
	 */
	private static final Pattern BEFORE_AGE = Pattern
		.compile("(?m)^[ 　]*(?<name>[一-龥々]{1,4}|[ァ-ヺー]{2,8}|[ぁ-ゖー]{2,5})[ 　、,]+[0-9０-９一二三四五六七八九十百]{1,4}(?:才|歳|さい)");

	/** A kana nickname with the small つ (みっちゃん, たっくん, まっつん, りなっち, ゆりっぺ). */
	private static final Pattern NICKNAME = Pattern
		.compile("(?<![ぁ-ゖ])(?<name>[ぁ-ゖ]{1,2}っ(?:ちゃん|くん|つん|ちー|ち|ぺ|しー|ぴー))(?=[がはをにとへのも、。，,（(「」 　！!\\n]|$)");

	/**
	 * English sign-offs and credits: "Asked by a retiree, Ken'ichi Sato.", "Sent by X Y".
	 */
	private static final Pattern ENGLISH_CREDIT = Pattern.compile(
			"(?:\\b(?:[Ss]ent|[Pp]osted|[Aa]sked|[Ww]ritten|[Ss]igned|[Rr]eported|[Ss]ubmitted) by(?: (?:a|an|the|[a-z]+)){0,3},? |[—–] |\\((?=[A-Z][a-z]+, [a-z]))(?<name>[A-Z][a-z]+(?:'[a-z]+)?(?: [A-Z][a-z]+(?:'[a-z]+)?)?)(?=[.,!)]?\\s*$|, [a-z])");

	/**
	 * A name in brackets after "I", or in quotes after "call(s) her": "(Amina)",
	 * "Obaachan Kimiko".
	 */
	private static final Pattern ENGLISH_SELF = Pattern.compile(
			"(?:\\bI \\(|\\bcall(?:s|ed)? (?:her|him|me|them) [\"“](?:[A-Z][a-z]+ )?)(?<name>[A-Z][a-z]{1,12})(?=[)\"”])");

	/** Titles of address before an English surname (Mr. Fujimura, officer Sato). */
	private static final Pattern ENGLISH_TITLE = Pattern
		.compile("\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.? (?<name>[A-Z][a-z]{1,14})(?![A-Za-z]|'s? [A-Z]| [A-Z])");

	/** Shops and brands named with a title, which are no person (Mr. Donut, Mr. Max). */
	private static final Set<String> TITLED_BRANDS = Set.of("Donut", "Max", "Pepper", "Bean", "Clean", "Muscle",
			"Brain", "Children", "Sunday", "Monday", "Friday");

	/** Months and weekdays, which are also given names (Jan, May, June, April). */
	private static final Pattern CALENDAR_WORDS = Pattern.compile(
			"(?i)jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?");

	/**
	 * Slot marks in a list, on either side of an item (、 ・ → : newline, spaces, digits).
	 */
	private static final String SLOT_MARKS = "、，,・→:：/|｜ 　\n\t）)（(①②③④⑤⑥⑦⑧⑨⑩〇○◯×△✓#.-–—0123456789";

	/** One word of a script in a list slot. */
	private static final Pattern SLOT_WORD = Pattern
		.compile("[一-龥々]{1,4}|[ァ-ヺ][ァ-ヺー・]{1,11}|[ぁ-ゖ][ぁ-ゖー]{1,4}|[A-Z][a-z]{1,11}(?: [A-Z][a-z]{1,11})?");

	/** Words that fill a rota's slot without being anyone's name. */
	private static final Set<String> SLOT_FILLERS = Set.of("月", "火", "水", "木", "金", "土", "日", "祝", "未定", "空き", "なし",
			"無し", "休み", "不在", "欠席", "出席", "済", "未", "未納", "全員", "各自", "担当", "当番", "交代", "予定", "集合", "受付", "会計", "代表",
			"会長", "班長", "合計", "計", "以上", "同上", "本人", "家族", "父", "母", "奥", "夫", "妻", "あき", "みんな", "ぜんいん", "None",
			"Vacant", "Nobody", "Open", "Free", "Total", "Tbd", "Yes", "No", "Maybe", "Mon", "Tue", "Wed", "Thu", "Fri",
			"Sat", "Sun", "Week", "Room", "Team", "Group", "Coach", "Next", "All", "Everyone", "Ok", "Done", "Paid");

	private NamesByKinSlotAndContact() {
	}

	/**
	 * Longest text these rules read: every text the api masks is shorter (a problem's
	 * body and an outcome report at most 4,000 characters, reasons and summaries 1,000),
	 * and each rule compares its matches with the other findings, which would grow with
	 * the square of a flood.
	 */
	private static final int MAX_TEXT = 5000;

	static void add(String folded, List<Finding> candidates) {
		if (folded.length() > MAX_TEXT) {
			return;
		}
		List<Finding> added = new ArrayList<>();
		for (Matcher m = AFTER_KIN.matcher(folded); m.find();) {
			addIf(folded, candidates, added, m.start("name"), m.end("name"), true);
		}
		boolean petPost = PetNames.petPost(folded);
		for (Matcher m = KATAKANA_HONORIFIC.matcher(folded); m.find();) {
			// In a post about a pet, a katakana word before ちゃん or くん is the pet's.
			if (petPost && folded.startsWith("ちゃん", m.end()) || petPost && folded.startsWith("くん", m.end())) {
				continue;
			}
			addIf(folded, candidates, added, m.start("name"), m.end("name"), false);
		}
		for (Matcher m = INTRODUCED.matcher(folded); m.find();) {
			addIf(folded, candidates, added, m.start("name"), m.end("name"), true);
		}
		for (Matcher m = AFTER_GRADE.matcher(folded); m.find();) {
			addIf(folded, candidates, added, m.start("name"), m.end("name"), false);
		}
		for (Matcher m = BEFORE_AGE.matcher(folded); m.find();) {
			addIf(folded, candidates, added, m.start("name"), m.end("name"), true);
		}
		for (Matcher m = NICKNAME.matcher(folded); m.find();) {
			if (!m.group("name").matches("(?:ぼっ|いっ|うっ|きっ|ちょっ|ほっ|やっ|もっ|どっ|こっ|そっ|あっ|まっち|ばっち|ぐっ|がっ|ぴっ).*")) {
				added.add(new Finding(PersonalDataKind.PERSON_NAME, m.start("name"), m.end("name")));
			}
		}
		for (Matcher m = ENGLISH_CREDIT.matcher(folded); m.find();) {
			addIf(folded, candidates, added, m.start("name"), m.end("name"), true);
		}
		for (Matcher m = ENGLISH_SELF.matcher(folded); m.find();) {
			addIf(folded, candidates, added, m.start("name"), m.end("name"), false);
		}
		for (Matcher m = ENGLISH_TITLE.matcher(folded); m.find();) {
			if (!TITLED_BRANDS.contains(m.group("name"))) {
				addIf(folded, candidates, added, m.start("name"), m.end("name"), false);
			}
		}
		beforeContacts(folded, candidates, added);
		inSlotsOfFoundNames(folded, candidates, added);
		// The look-alike filters the earlier rounds run (pets, shops, firms, places,
		// public
		// figures, months), run again over these names only: a shape around a word does
		// not
		// make a pet or a shop a person.
		PetNames.removePets(folded, added);
		PublicFigures.removePublicFigures(folded, added);
		ThingsNamedLikePeople.remove(folded, added);
		PlacesAndFirms.remove(folded, added);
		NonNameWords.remove(folded, added);
		LookAlikes.remove(folded, added);
		PlacesFirmsAndNamesakes.remove(folded, added);
		Businesses.removeBusinesses(folded, added);
		QuotedShopNames.remove(folded, added);
		NamesThatAreThings.remove(folded, added);
		GroupsAndShops.remove(folded, added);
		MonthDays.remove(folded, added);
		OfficesPetsCarsAndKanaWards.remove(folded, added);
		PlacesPetsAndLodgings.remove(folded, added);
		QuotedPlaces.removeQuotedPlaces(folded, added);
		ShopHoldersAndPlacePairs.remove(folded, added);
		ShopsClubsAndStops.remove(folded, added);
		ThingNames.remove(folded, added);
		TownsBeforeChome.remove(folded, added);
		PlainWords.remove(folded, added);
		candidates.addAll(added);
	}

	/** A name-shaped word right before a phone or e-mail another rule found. */
	private static void beforeContacts(String folded, List<Finding> candidates, List<Finding> added) {
		for (Finding contact : List.copyOf(candidates)) {
			if (contact.kind() != PersonalDataKind.PHONE && contact.kind() != PersonalDataKind.EMAIL) {
				continue;
			}
			int from = Math.max(Math.max(0, contact.start() - 40), lineStart(folded, contact.start()));
			Matcher m = BEFORE_CONTACT.matcher(folded.substring(from, contact.start()));
			if (m.find()) {
				boolean latin = m.group("name").charAt(0) < 0x80;
				addIf(folded, candidates, added, from + m.start("name"), from + m.end("name"), !latin);
			}
		}
	}

	/**
	 * A name-shaped word standing alone in a list slot shaped like the slot of a found
	 * name: the same marks before and after it (第3週 X⏎ beside 第1週 佐藤⏎; 、X、 beside 、佐藤、 on
	 * one line).
	 */
	private static void inSlotsOfFoundNames(String folded, List<Finding> candidates, List<Finding> added) {
		List<Finding> names = new ArrayList<>();
		for (Finding found : candidates) {
			if (found.kind() == PersonalDataKind.PERSON_NAME && found.confidence() == Confidence.MASKED) {
				names.add(found);
			}
		}
		if (names.isEmpty()) {
			return;
		}
		for (Matcher m = SLOT_WORD.matcher(folded); m.find();) {
			int start = m.start();
			int end = m.end();
			boolean latin = Character.isLetter(m.group().charAt(0)) && m.group().charAt(0) < 0x80;
			if (!alone(folded, start, end) || latin && !latinSlot(folded, start, end) || covered(candidates, start, end)
					|| covered(added, start, end) || SLOT_FILLERS.contains(m.group())) {
				continue;
			}
			for (Finding name : names) {
				if (alone(folded, name.start(), name.end()) && (!latin || latinSlot(folded, name.start(), name.end()))
						&& sameSlot(folded, name, start, end)) {
					addIf(folded, candidates, added, start, end, false);
					break;
				}
			}
		}
	}

	/**
	 * An English word stands in a slot only at a line's head or after a list's comma,
	 * colon or dash, and before a line's end, a comma or a dash: words between spaces are
	 * running text.
	 */
	private static boolean latinSlot(String folded, int start, int end) {
		String before = folded.substring(Math.max(0, start - 2), start);
		String after = folded.substring(end, Math.min(folded.length(), end + 2));
		boolean head = start == 0 || before.endsWith("\n") || before.matches("[,:;–—\\-.] ");
		boolean tail = after.isEmpty() || after.startsWith("\n") || after.startsWith(",") || after.matches(" [–—\\-]");
		return head && tail;
	}

	private static boolean alone(String folded, int start, int end) {
		char before = start == 0 ? '\n' : folded.charAt(start - 1);
		char after = end >= folded.length() ? '\n' : folded.charAt(end);
		return SLOT_MARKS.indexOf(before) >= 0 && SLOT_MARKS.indexOf(after) >= 0;
	}

	/**
	 * Same marks on both sides; a comma's slot must share the line, a line-head's need
	 * not.
	 */
	private static boolean sameSlot(String folded, Finding name, int start, int end) {
		if (!markAfter(folded, name.end()).equals(markAfter(folded, end))) {
			return false;
		}
		boolean sameLine = lineStart(folded, name.start()) == lineStart(folded, start);
		if (sameLine) {
			return markBefore(folded, name.start(), 1).equals(markBefore(folded, start, 1));
		}
		return markBefore(folded, name.start(), 3).equals(markBefore(folded, start, 3))
				&& markBefore(folded, start, 3).codePoints().anyMatch((c) -> c != '\n');
	}

	/**
	 * Up to n chars before an offset within its line, digits as 0; the line's start as a
	 * newline.
	 */
	private static String markBefore(String folded, int at, int n) {
		int line = lineStart(folded, at);
		String before = folded.substring(Math.max(line, at - n), at).replaceAll("[0-9０-９]", "0");
		return at - n < line ? "\n" + before : before;
	}

	private static String markAfter(String folded, int at) {
		return at >= folded.length() ? "\n" : folded.substring(at, at + 1).replaceAll("[0-9０-９]", "0");
	}

	private static int lineStart(String folded, int at) {
		return folded.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
	}

	private static boolean covered(List<Finding> findings, int start, int end) {
		for (Finding f : findings) {
			if (f.overlaps(start, end)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Adds a name if no finding covers it and it is name-shaped; with a strong cue
	 * ({@code cued}) a kanji word only has to be no plain word, without one it must be a
	 * listed name.
	 */
	private static void addIf(String folded, List<Finding> candidates, List<Finding> added, int start, int end,
			boolean cued) {
		if (start >= end) {
			return;
		}
		for (Finding f : candidates) {
			if (f.overlaps(start, end)) {
				return;
			}
		}
		if (covered(added, start, end)) {
			return;
		}
		String word = folded.substring(start, end);
		if (nameShaped(word, cued)) {
			added.add(new Finding(PersonalDataKind.PERSON_NAME, start, end));
		}
	}

	static boolean nameShaped(String word, boolean cued) {
		String compact = word.replaceAll("[ 　]", "");
		if (compact.matches("[A-Z][a-z]+(?:'[a-z]+)?(?: [A-Z][a-z]+(?:'[a-z]+)?)?")
				|| word.matches("[A-Z][a-z]+(?:'[a-z]+)?(?: [A-Z][a-z]+(?:'[a-z]+)?)?")) {
			for (String part : word.split(" ")) {
				String bare = part.replace("'", "");
				if (CALENDAR_WORDS.matcher(part).matches()) {
					return false;
				}
				if (NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(part)
						|| NameLexicon.ENGLISH_NOT_LAST_NAMES.contains(part) || PlainWords.plain(part)
						|| Places.isRomajiPlace(part)) {
					return false;
				}
				if (!cued && !LatinWords.isGiven(bare) && !LatinWords.isSurname(bare)
						&& !LatinWords.romajiShaped(bare)) {
					return false;
				}
			}
			return true;
		}
		if (compact.matches("[a-z]{3,12}")) {
			String upper = Character.toUpperCase(compact.charAt(0)) + compact.substring(1);
			return LatinWords.isGiven(upper);
		}
		if (compact.matches("[一-龥々]{1,4}")) {
			if (NameLexicon.isGeneric(compact) || SLOT_FILLERS.contains(compact)) {
				return false;
			}
			if (JapaneseNames.SURNAMES.contains(compact) || JapaneseNames.GIVEN_NAMES.contains(compact)) {
				return true;
			}
			List<Morphology.Token> tokens = Morphology.tokens(compact);
			if (tokens.size() == 1 && tokens.get(0).taggedPlace()) {
				return false;
			}
			if (tokens.size() == 1 && tokens.get(0).taggedPerson()) {
				return true;
			}
			return cued && compact.length() >= 2 && !Morphology.readsOnlyAsCommon(compact);
		}
		if (compact.matches("[ァ-ヺ][ァ-ヺー・]*[ァ-ヺー]")) {
			return !NameLexicon.isKatakanaGeneric(compact) && !Morphology.readsOnlyAsCommon(compact.replace("・", ""));
		}
		if (compact.matches("[ぁ-ゖ][ぁ-ゖー]+")) {
			if (NameLexicon.isHiraganaGeneric(compact) || JapaneseNames.HIRAGANA_WORDS.contains(compact)
					|| SLOT_FILLERS.contains(compact)) {
				return false;
			}
			if (JapaneseNames.KANA_GIVEN_NAMES.contains(compact)) {
				return true;
			}
			List<Morphology.Token> tokens = Morphology.tokens(compact);
			return !(tokens.size() == 1 && tokens.get(0).commonWord()) && !Morphology.readsOnlyAsCommon(compact)
					|| tokens.stream().anyMatch(Morphology.Token::taggedPerson);
		}
		return false;
	}

}
