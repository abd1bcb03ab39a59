package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Widens a found name to the whole name and adds the name listed with it: names from
 * Vietnam, the Philippines, Nepal, Brazil or India have three or four parts of which the
 * lists know one or two (a found "Le Thi" is "Le Thi Thu Trang"), a katakana given name
 * stands before a found surname (マリアナ ロペス), and a second child or parent follows "and" or
 * と.
 *
 * <p>
 * A part is a capitalised word next to the name that is no place, no word that ends place
 * or organisation names and no word that starts sentences; a word before the name at the
 * start of a sentence must also be a listed name or shaped like romaji, since any word
 * can start a sentence.
 */
final class NameSpans {

	private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z .'\\-]*");

	private static final Pattern PART_AFTER = Pattern.compile(
			"^ (?:(?:de|da|do|dos|das|del|dela|della|van|von|der|bin|binti|al|el) )?(?<w>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![A-Za-z'])");

	private static final Pattern PART_BEFORE = Pattern.compile(
			"(?<![A-Za-z'\\-])(?<w>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?: (?:de|da|do|dos|das|del|dela|della|van|von|bin|binti|al))? $");

	private static final Pattern PAIR_AFTER = Pattern
		.compile("^(?: and | & |, )(?<w>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![A-Za-z'])");

	private static final Pattern PAIR_BEFORE = Pattern
		.compile("(?<![A-Za-z'\\-])(?<w>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?: and | & |, )$");

	/** Capitalised words that start or join sentences and are never part of a name. */
	private static final Set<String> NEVER_PARTS = Set.of("I", "Is", "Was", "Are", "Were", "Has", "Have", "Had", "Will",
			"Did", "Does", "Do", "Said", "Says", "Sir", "Madam", "Mister", "Miss", "Ma'am", "Holder", "Name", "Signed",
			"Yours", "Love", "Cheers", "Regards", "Thank", "Thanks", "Sincerely", "Greetings", "Good", "Morning",
			"Evening", "Afternoon", "Night", "Sorry", "Excuse", "Attention", "Re", "Subject", "Note", "Ps", "Tel",
			"Fax", "Mobile", "Address", "Account", "Mr", "Mrs", "Ms", "Dr", "Prof", "Family", "Mom", "Mum", "Dad",
			"Grandma", "Grandpa", "Aunt", "Uncle", "Baby", "English", "Japanese", "Vietnamese", "Nepali", "Filipino",
			"Brazilian", "Indian", "Chinese", "Korean", "Thai", "Indonesian", "American", "British", "Australian",
			"Canadian", "French", "German", "Italian", "Spanish", "Portuguese", "Tagalog", "Hindi", "Muslim",
			"Christian", "Buddhist", "Catholic", "Sons", "Partners", "Associates", "Brothers", "Bros", "Daughters",
			"Friends", "Others", "Kids", "Children", "Street", "Ave", "Rd", "St", "Ku", "Shi", "Cho", "Machi");

	private static final Pattern KATAKANA_BEFORE = Pattern
		.compile("(?<![\\p{IsKatakana}ー・])(?<w>[\\p{IsKatakana}ー]{2,8})[ ・]$");

	private static final Pattern KATAKANA_AFTER = Pattern
		.compile("^[ ・](?<w>[\\p{IsKatakana}ー]{2,8})(?![\\p{IsKatakana}ー・])");

	private static final Pattern KATAKANA_NAME = Pattern.compile("[\\p{IsKatakana}ー・ ]+");

	private static final String JAPANESE_PAIR_END = "がはのもをにへ、。（(と ";

	private static final int REACH = 40;

	private static final Pattern KATAKANA_GIVEN_AFTER = Pattern.compile("(?<w>[ァ-ヺ]{2,3})(?=[（(、。がはのをにとも・ ]|さん|様|$)");

	/**
	 * 若松区 松永, 隣組長 上村: a signature after the writer's ward or role starts after it.
	 */
	private static final Pattern WARD_FIRST = Pattern.compile("[\\p{IsHan}]{1,5}[区市県長員者係] (?=[\\p{IsHan}ぁ-ゖァ-ヺ])");

	private NameSpans() {
	}

	/**
	 * Adds, for each name candidate, the candidate widened to its whole name, and the
	 * names listed with it.
	 * @param folded the folded text
	 * @param candidates the candidates so far
	 */
	static void widen(String folded, List<Finding> candidates) {
		candidates.replaceAll((finding) -> withSurnameJoiner(folded, withoutRole(folded, finding)));
		List<Finding> added = new ArrayList<>();
		for (Finding name : candidates) {
			if (name.kind() != PersonalDataKind.PERSON_NAME) {
				continue;
			}
			String text = name.in(folded);
			if (LATIN_NAME.matcher(text).matches()) {
				Finding whole = widenLatin(folded, name);
				if (whole != name) {
					added.add(whole);
				}
				pairedLatin(folded, whole, added);
			}
			else if (KATAKANA_NAME.matcher(text).matches()) {
				Finding whole = widenKatakana(folded, name);
				if (whole != name) {
					added.add(whole);
				}
			}
			pairedJapanese(folded, name, added);
		}
		candidates.addAll(added);
	}

	/**
	 * 一ノ瀬, 八ヶ代: a surname joined by ノ or ヶ, read as a word and a name, is one name.
	 */
	private static Finding withSurnameJoiner(String folded, Finding finding) {
		return withKatakanaGivenName(folded, joinedSurname(folded, finding));
	}

	/**
	 * 岡本キヌ（…）: a given name of older women written in two or three katakana right after a
	 * kanji surname is part of the name.
	 */
	private static Finding withKatakanaGivenName(String folded, Finding finding) {
		if (finding.kind() != PersonalDataKind.PERSON_NAME || !StartSet.HAN.test(folded.charAt(finding.end() - 1))) {
			return finding;
		}
		Matcher given = KATAKANA_GIVEN_AFTER.matcher(folded).region(finding.end(), folded.length());
		if (!given.lookingAt() || Businesses.isBusinessWord(given.group("w"))
				|| NameLexicon.isKatakanaGeneric(given.group("w"))) {
			return finding;
		}
		return new Finding(finding.kind(), finding.start(), given.end("w"), finding.confidence());
	}

	private static Finding joinedSurname(String folded, Finding finding) {
		int start = finding.start();
		if (finding.kind() != PersonalDataKind.PERSON_NAME || start < 2 || !StartSet.HAN.test(folded.charAt(start))
				|| "ノヶケ".indexOf(folded.charAt(start - 1)) < 0 || !StartSet.HAN.test(folded.charAt(start - 2))
				|| (start >= 3 && StartSet.HAN.test(folded.charAt(start - 3)))) {
			return finding;
		}
		return new Finding(finding.kind(), start - 2, finding.end(), finding.confidence());
	}

	/**
	 * 清水民生|委員: a name read into the first half of the role after it ends where the role
	 * starts.
	 */
	private static Finding withoutRole(String folded, Finding finding) {
		if (finding.kind() != PersonalDataKind.PERSON_NAME || finding.length() < 3) {
			return finding;
		}
		Matcher ward = WARD_FIRST.matcher(finding.in(folded));
		if (ward.lookingAt()) {
			return new Finding(finding.kind(), finding.start() + ward.end(), finding.end(), finding.confidence());
		}
		for (int at = finding.start() + 1; at < finding.end() - 1; at++) {
			for (String role : NameContext.ROLES) {
				if (role.length() > finding.end() - at && folded.startsWith(role, at)) {
					return new Finding(finding.kind(), finding.start(), at, finding.confidence());
				}
			}
		}
		return finding;
	}

	private static Finding widenLatin(String folded, Finding name) {
		int start = name.start();
		int end = name.end();
		while (true) {
			Matcher after = PART_AFTER.matcher(folded).region(end, Math.min(folded.length(), end + REACH));
			after.useAnchoringBounds(true);
			if (!after.find() || !namePart(after.group("w"))) {
				break;
			}
			end = after.end();
		}
		while (true) {
			Matcher before = PART_BEFORE.matcher(folded).region(Math.max(0, start - REACH), start);
			before.useTransparentBounds(true);
			if (!before.find()) {
				break;
			}
			String word = before.group("w");
			boolean sentenceStart = EnglishPersonCues.startsSentence(folded, before.start());
			if (!namePart(word) || (sentenceStart && !listedOrRomaji(word))) {
				break;
			}
			start = before.start();
		}
		return (start == name.start() && end == name.end()) ? name
				: new Finding(name.kind(), start, end, name.confidence());
	}

	private static void pairedLatin(String folded, Finding name, List<Finding> out) {
		Matcher after = PAIR_AFTER.matcher(folded).region(name.end(), Math.min(folded.length(), name.end() + REACH));
		// After a comma only a listed name continues a list: "Tanaka, Suzuki and
		// Watanabe".
		if (after.find() && namePart(after.group("w"))
				&& (!after.group().startsWith(",") || listedOrRomaji(after.group("w")))) {
			Finding pair = new Finding(PersonalDataKind.PERSON_NAME, after.start("w"), after.end("w"),
					confidence(after.group("w")));
			out.add(widenLatin(folded, pair));
		}
		Matcher before = PAIR_BEFORE.matcher(folded).region(Math.max(0, name.start() - REACH), name.start());
		before.useTransparentBounds(true);
		if (before.find() && namePart(before.group("w")) && (listedOrRomaji(before.group("w"))
				|| (!before.group().endsWith(", ") && !EnglishPersonCues.startsSentence(folded, before.start())))) {
			out.add(widenLatin(folded, new Finding(PersonalDataKind.PERSON_NAME, before.start("w"), before.end("w"),
					confidence(before.group("w")))));
		}
	}

	private static boolean personWord(Morphology.Token token) {
		return token.taggedPerson() || JapaneseNames.GIVEN_NAMES.contains(token.surface())
				|| JapaneseNames.SURNAMES.contains(token.surface());
	}

	private static Confidence confidence(String word) {
		return listedOrRomaji(word) ? Confidence.MASKED : Confidence.FLAGGED;
	}

	private static boolean namePart(String word) {
		return !NEVER_PARTS.contains(word) && !LatinWords.notLast(word) && !Places.isRomajiPlace(word)
				&& !NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(word);
	}

	private static boolean listedOrRomaji(String word) {
		return LatinWords.isGiven(word) || LatinWords.isSurname(word) || LatinWords.romajiShaped(word);
	}

	private static Finding widenKatakana(String folded, Finding name) {
		int start = name.start();
		int end = name.end();
		Matcher before = KATAKANA_BEFORE.matcher(folded).region(Math.max(0, start - 10), start);
		before.useTransparentBounds(true);
		if (before.find() && !Businesses.isBusinessWord(before.group("w"))) {
			start = before.start();
		}
		Matcher after = KATAKANA_AFTER.matcher(folded).region(end, Math.min(folded.length(), end + 10));
		after.useTransparentBounds(true);
		if (after.find() && !Businesses.isBusinessWord(after.group("w")) && after.end() < folded.length()
				&& "さ様氏くちがはのと（(、".indexOf(folded.charAt(after.end())) >= 0) {
			end = after.end();
		}
		return (start == name.start() && end == name.end()) ? name
				: new Finding(name.kind(), start, end, name.confidence());
	}

	/**
	 * 大翔と陽菜が: a given name or surname the dictionary tags right after と or や that follows
	 * a found name is a second person.
	 */
	private static void pairedJapanese(String folded, Finding name, List<Finding> out) {
		int at = name.end();
		if (at + 1 >= folded.length() || (folded.charAt(at) != 'と' && folded.charAt(at) != 'や')) {
			return;
		}
		List<Morphology.Token> tokens = Morphology.tokens(folded);
		int index = Morphology.indexAt(tokens, at + 1);
		if (index < 0) {
			return;
		}
		int end = at + 1;
		for (int i = index; i < tokens.size() && i < index + 2 && personWord(tokens.get(i)); i++) {
			end = tokens.get(i).end();
		}
		for (int length = 3; end == at + 1 && length >= 1; length--) {
			int to = at + 1 + length;
			if (to <= folded.length() && (JapaneseNames.GIVEN_NAMES.contains(folded.substring(at + 1, to))
					|| JapaneseNames.SURNAMES.contains(folded.substring(at + 1, to)))) {
				end = to;
			}
		}
		if (end > at + 1 && (end == folded.length() || JAPANESE_PAIR_END.indexOf(folded.charAt(end)) >= 0)) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, at + 1, end, name.confidence()));
		}
	}

}
