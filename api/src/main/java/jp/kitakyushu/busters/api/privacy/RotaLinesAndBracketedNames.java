package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 31: the names on rota and roster lines whose label is a date, a weekday, a room
 * or a group (1/9 火曜：…, ・512号 …：…, 火：… 070-…), the other-script form in brackets right
 * after a name (…（ヨシオカ）, …（DA SILVA …）) and the whole half-width katakana run a found
 * name sits in.
 */
final class RotaLinesAndBracketedNames {

	/** A roster line's label: a date, a weekday, a room or a group, at least one. */
	private static final Pattern LINE = Pattern
		.compile("(?m)^[ ・\\-*•]{0,3}(?<label>" + "(?:[0-9]{1,2}/[0-9]{1,2}|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日)?[ ]?"
				+ "(?:[月火水木金土日](?:曜日?)?|\\([月火水木金土日]\\))?[ ]?" + "(?:[0-9]{2,4}号室?|[0-9]{1,2}(?:班|組|番))?)"
				+ "(?:[:] ?| )(?<v>[^\\n]{1,60})$");

	/** An item's name part: up to a space, a colon or a bracket. */
	private static final Pattern ITEM = Pattern.compile("(?<n>[一-龥々]{1,4}|[ァ-ヺー・]{2,10}|[ぁ-ゖ]{2,5})(?:さん|くん|ちゃん|様|さま)?"
			+ "(?:\\((?<b>[一-龥々]{1,4}|[ァ-ヺー]{2,10}|[ぁ-ゖ]{2,8}|[A-Za-z][A-Za-z .]{1,30})\\))?");

	/** What ends a line's name part: a list mark, a colon, a space or the line's end. */
	private static final Pattern ITEM_END = Pattern.compile("[・、/,]|[:]|[ ]|$");

	/** A bracket right after a name: its reading, its original script or its romaji. */
	private static final Pattern BRACKET_AFTER = Pattern
		.compile("\\((?<b>[ァ-ヺー]{2,10}|[ぁ-ゖ]{2,8}|[一-龥々]{1,4}|[A-Z][A-Za-z]{1,15}(?: [A-Z][A-Za-z]{1,15}){0,3})\\)");

	/** A katakana given name between a found name and its bracket: … マルコス（…）. */
	private static final Pattern KATAKANA_THEN_BRACKET = Pattern.compile("[ ]{1,2}(?<k>[ァ-ヺー]{2,10})(?=\\()");

	/** The longest stretch of a line looked at before a name for its start. */
	private static final int WINDOW = 16;

	private RotaLinesAndBracketedNames() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (!TextFold.isJapanese(folded)) {
			return;
		}
		List<Finding> added = new ArrayList<>();
		BitSet names = new BitSet();
		BitSet contacts = new BitSet();
		for (Finding found : candidates) {
			if (found.kind() == PersonalDataKind.PERSON_NAME) {
				names.set(found.start(), found.end());
			}
			else if (found.kind() == PersonalDataKind.PHONE || found.kind() == PersonalDataKind.EMAIL) {
				contacts.set(found.start(), found.end());
			}
		}
		rosterLines(folded, names, contacts, added);
		candidates.addAll(added);
		added.clear();
		bracketsAfterNames(folded, candidates, added);
		halfWidthRuns(folded, candidates, added);
		candidates.addAll(added);
	}

	/**
	 * Two or more adjacent labelled lines: once one holds a found name, or every line
	 * ends in a found phone or e-mail, each line's leading items are names.
	 */
	private static void rosterLines(String folded, BitSet names, BitSet contactChars, List<Finding> added) {
		Matcher line = LINE.matcher(folded);
		List<int[]> items = new ArrayList<>();
		int lines = 0;
		int contacts = 0;
		boolean anchored = false;
		int blockEnd = -2;
		while (line.find()) {
			if (line.group("label").isBlank()) {
				continue;
			}
			if (line.start() > blockEnd + 1) {
				flush(folded, items, lines, contacts, anchored, added);
				items.clear();
				lines = 0;
				contacts = 0;
				anchored = false;
			}
			blockEnd = line.end();
			lines++;
			int at = line.start("v");
			int end = line.end("v");
			int contact = contactChars.nextSetBit(at);
			if (contact >= 0 && contact < end) {
				contacts++;
			}
			Matcher item = ITEM.matcher(folded);
			while (at < end && item.region(at, end).lookingAt()) {
				int[] core = { item.start("n"), item.end("n"), -1, -1 };
				if (item.group("b") != null) {
					core[2] = item.start("b");
					core[3] = item.end("b");
				}
				items.add(core);
				anchored |= names.nextClearBit(core[0]) >= core[1];
				Matcher next = ITEM_END.matcher(folded);
				if (!next.region(item.end(), end).lookingAt() || !"・、/,".contains(next.group())
						|| next.group().isEmpty()) {
					break;
				}
				at = next.end();
			}
		}
		flush(folded, items, lines, contacts, anchored, added);
	}

	private static void flush(String folded, List<int[]> items, int lines, int contacts, boolean anchored,
			List<Finding> added) {
		if (lines < 2 || !(anchored || contacts == lines)) {
			return;
		}
		for (int[] core : items) {
			if (ListSiblingsAndRosterValues.nameShaped(folded.substring(core[0], core[1]))) {
				added.add(new Finding(PersonalDataKind.PERSON_NAME, core[0], core[1], Confidence.FLAGGED));
				if (core[2] >= 0) {
					added.add(new Finding(PersonalDataKind.PERSON_NAME, core[2], core[3], Confidence.FLAGGED));
				}
			}
		}
	}

	/** The other-script form of a found name in brackets right after it. */
	private static void bracketsAfterNames(String folded, List<Finding> candidates, List<Finding> added) {
		for (Finding found : candidates) {
			if (found.kind() != PersonalDataKind.PERSON_NAME) {
				continue;
			}
			int from = found.end();
			Matcher between = KATAKANA_THEN_BRACKET.matcher(folded);
			between.region(from, Math.min(folded.length(), from + 14));
			int katakanaStart = -1;
			if (between.lookingAt()) {
				katakanaStart = between.start("k");
				from = between.end();
			}
			Matcher bracket = BRACKET_AFTER.matcher(folded);
			bracket.region(from, Math.min(folded.length(), from + 70));
			if (!bracket.lookingAt()) {
				continue;
			}
			String inside = bracket.group("b");
			boolean latin = inside.matches("[A-Za-z ]+");
			if (!otherScript(folded.substring(found.start(), found.end()), inside)
					|| (!latin && !ListSiblingsAndRosterValues.nameShaped(inside)) || place(inside)) {
				continue;
			}
			added.add(new Finding(PersonalDataKind.PERSON_NAME, bracket.start("b"), bracket.end("b"),
					found.confidence()));
			if (katakanaStart >= 0 && latin) {
				added.add(
						new Finding(PersonalDataKind.PERSON_NAME, katakanaStart, between.end("k"), found.confidence()));
			}
		}
	}

	/**
	 * Whether a bracket's word is the name written in another script: a kana reading
	 * after kanji, kanji after kana, romaji after either (a place after a name is in the
	 * same script or is known as a place).
	 */
	private static boolean otherScript(String name, String inside) {
		boolean kanjiName = name.matches(".*[一-龥々].*");
		if (inside.matches("[A-Za-z ]+")) {
			return !name.matches(".*[A-Za-z].*");
		}
		if (inside.matches("[一-龥々]+")) {
			return !kanjiName;
		}
		return kanjiName;
	}

	/**
	 * A word the dictionary or the place list knows as a place, or where one lives (…在住).
	 */
	private static boolean place(String word) {
		if (Places.JAPANESE.contains(word) || Places.isRomajiPlace(word)
				|| word.matches(".*(?:在住|出身|在勤|住み|生まれ|方面|地区)")) {
			return true;
		}
		List<Morphology.Token> tokens = Morphology.tokens(word);
		return !tokens.isEmpty() && tokens.stream().anyMatch(Morphology.Token::taggedPlace);
	}

	/** A found name inside a half-width katakana run covers the whole run. */
	private static void halfWidthRuns(String folded, List<Finding> candidates, List<Finding> added) {
		for (Finding found : candidates) {
			if (found.kind() != PersonalDataKind.PERSON_NAME || !halfWidth(folded.charAt(found.start()))) {
				continue;
			}
			int start = found.start();
			int limit = Math.max(0, found.start() - WINDOW);
			while (start > limit && halfWidth(folded.charAt(start - 1))) {
				start--;
			}
			if (start < found.start()) {
				added.add(found.over(start, found.end()));
			}
		}
	}

	private static boolean halfWidth(char c) {
		return c >= '\uFF66' && c <= '\uFF9F';
	}

}
