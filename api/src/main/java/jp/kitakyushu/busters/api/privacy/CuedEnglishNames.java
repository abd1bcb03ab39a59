package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 31: English names by the structure around them (a quoted name after a naming cue,
 * a name pointed out as misspelled, an initial and surname, a name before ", born", a
 * given name sharing a found name's surname, a nickname before its bracketed full name, a
 * vocative in quoted speech, a hiragana name in quotes, a table's Name column) are
 * masked.
 */
final class CuedEnglishNames {

	/** One capitalised word of a Latin name, accents and hyphens included. */
	private static final String WORD = "[A-Z][\\p{L}'\\-]{1,20}";

	/** One to three such words. */
	private static final String NAME = WORD + "(?: " + WORD + "){0,2}";

	/**
	 * A quoted name after a cue that says a person is named so: her name is "Fumi", a man
	 * named "Shige", calling himself "Kondo", name tag "Ishikawa", stage name "JazzyJ",
	 * the ID says "Gwendolyn Fairchild".
	 */
	private static final Pattern QUOTED_AFTER_CUE = Pattern.compile(
			"(?:(?i:(?:his|her|their|my|the|whose) (?:real |legal |full |first |last |family |given |english )?name (?:is|was|says|said|reads|read|as)"
					+ "|(?:stage|nick|user|screen|pen|maiden|english|real|legal)[ \\-]?name(?: (?:is|was))?|name ?tag(?: (?:said|says|read|reads))?"
					+ "|(?:badge|ID|ID card|card|licen[cs]e|passport|pass) (?:said|says|read|reads|shows|showed)|call(?:s|ed|ing) (?:himself|herself|themselves)|(?:gave|gives) (?:his|her|their) name as"
					+ "|(?:man|woman|lady|guy|boy|girl|kid|person|teen|student|neighbou?r|driver|officer) (?:named|called|(?:is |was )called)))"
					+ "[:,]? [\"“](?<v>" + NAME + "|[A-Za-z][A-Za-z0-9]{2,15}|[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8})[\"”]");

	/** A name pointed out as written wrong: spelled "Jonh Mitchel", printed "Kuroe". */
	private static final Pattern SPELLED = Pattern
		.compile("(?i:spelled|spelt|misspelled|misspelt|printed|typed|written)(?: (?:as|it as|wrong as))? [\"“](?<v>"
				+ NAME + ")[\"”]");

	/** A name after "name's": name's Pete Lawson. */
	private static final Pattern NAME_IS = Pattern.compile("(?i:name)'s (?<v>" + WORD + "(?: " + WORD + ")?)");

	/** An initial or two and a surname: J. Abbott, P. Nakashima-Dubois, B.K. Rao. */
	private static final Pattern INITIALS = Pattern
		.compile("(?<![\\p{L}.'])(?<v>[A-Z]\\. ?(?:[A-Z]\\. ?)?[A-Z][a-z]{2,20}(?:-[A-Z][a-z]{2,20})?)\\b");

	/** A name before its birth: Zara Qureshi, born …; Hana Lindgren was born. */
	private static final Pattern BORN = Pattern.compile("(?<v>" + NAME + ")(?:,| \\(| was| is)? (?:born|b\\.) ");

	/**
	 * A given name joined to a found name that carries the shared surname: Bill & Yoko
	 * Carter.
	 */
	private static final Pattern PAIR = Pattern
		.compile("(?<![\\p{L}.])(?<v>" + WORD + ") (?:&|and) (?<o>" + WORD + " " + WORD + ")\\b");

	/**
	 * A nickname and the full name in brackets that starts with it: Joy (Joy Dela Cruz).
	 */
	private static final Pattern NICK_FULL = Pattern.compile(
			"(?<![\\p{L}])(?<v>[A-Za-z][a-z]{1,15}) \\((?<o>(?i:\\k<v>) [A-Za-z][\\p{L}'\\-]{1,20}(?: [A-Za-z][\\p{L}'\\-]{1,20}){0,2})\\)");

	/** A vocative opening quoted speech: shouting "Daisuke, stop!". */
	private static final Pattern VOCATIVE = Pattern.compile(
			"(?i:shout|yell|scream|call|cry|cried|said|say|says|heard|hear)[a-z]* [\"“](?<v>[A-Z][a-z]{2,15})[,!] ");

	/** A hiragana name in quotes in an English post: "さくら 2年2組" on an umbrella. */
	private static final Pattern QUOTED_HIRAGANA = Pattern
		.compile("[\"“「](?<v>[ぁ-ゖ]{2,6})(?<g>(?:ちゃん|くん)|[ ]?[0-9０-９]年(?:[0-9０-９]組)?)?[\"”」]");

	/**
	 * What says a quoted hiragana word is someone's name rather than a word the post asks
	 * about ("かん" and "びん" bins): a name, tag, sticker or label before it.
	 */
	private static final Pattern NAME_WORDS = Pattern
		.compile("(?i)\\b(?:name|names|named|tag|sticker|label|written|says|said)\\b");

	/** A row of cells between pipes, without the outer pipes (Name | Phone | Days). */
	private static final Pattern PIPE_ROW = Pattern.compile("(?m)^[ |]*[^|\\n]{1,40}(?:\\|[^|\\n]{0,60}){1,7}$");

	/** Words of a post about an animal or a shop, whose quoted names are not people's. */
	private static final Pattern NOT_PERSON = Pattern.compile(
			"(?i)\\b(?:dog|cat|puppy|kitten|pet|shiba|parrot|rabbit|hamster|shop|store|cafe|restaurant|bar|salon|company|app|boat|ship|bus)\\b");

	/** How far before a quoted name an animal or shop word is looked for. */
	private static final int CUE_WINDOW = 40;

	private CuedEnglishNames() {
	}

	static void add(String folded, List<Finding> candidates) {
		if (latinLetters(folded) < folded.length() / 2) {
			return;
		}
		BitSet names = new BitSet();
		for (Finding found : candidates) {
			if (found.kind() == PersonalDataKind.PERSON_NAME) {
				names.set(found.start(), found.end());
			}
		}
		List<Finding> added = new ArrayList<>();
		Matcher quoted = QUOTED_AFTER_CUE.matcher(folded);
		while (quoted.find()) {
			String before = folded.substring(Math.max(0, quoted.start() - CUE_WINDOW), quoted.start("v"));
			if (!NOT_PERSON.matcher(before).find() && !plainOrPlace(quoted.group("v"))) {
				added.add(Found.value(PersonalDataKind.PERSON_NAME, quoted));
			}
		}
		for (Pattern pattern : new Pattern[] { SPELLED, NAME_IS }) {
			Matcher matcher = pattern.matcher(folded);
			while (matcher.find()) {
				if (!plainOrPlace(matcher.group("v"))) {
					added.add(Found.value(PersonalDataKind.PERSON_NAME, matcher));
				}
			}
		}
		Matcher initials = INITIALS.matcher(folded);
		while (initials.find()) {
			String surname = initials.group("v").replaceFirst("^(?:[A-Z]\\. ?)+", "");
			boolean found = allSet(names, initials.start("v"), initials.end("v"));
			if ((found || LatinWords.isSurname(surname)) && !plainOrPlace(surname) && !LatinWords.notLast(surname)) {
				added.add(Found.value(PersonalDataKind.PERSON_NAME, initials));
			}
		}
		Matcher born = BORN.matcher(folded);
		while (born.find()) {
			promote(folded, names, born.start("v"), born.end("v"), added);
		}
		Matcher pair = PAIR.matcher(folded);
		while (pair.find()) {
			if (allSet(names, pair.start("o"), pair.end("o")) && !plainOrPlace(pair.group("v"))
					&& !LatinWords.notLast(pair.group("v"))) {
				added.add(Found.value(PersonalDataKind.PERSON_NAME, pair));
				added.add(new Finding(PersonalDataKind.PERSON_NAME, pair.start("o"), pair.end("o")));
			}
		}
		Matcher nick = NICK_FULL.matcher(folded);
		while (nick.find()) {
			if (names.get(nick.start("v")) || names.get(nick.start("o"))) {
				added.add(Found.value(PersonalDataKind.PERSON_NAME, nick));
				added.add(new Finding(PersonalDataKind.PERSON_NAME, nick.start("o"), nick.end("o")));
			}
		}
		Matcher vocative = VOCATIVE.matcher(folded);
		while (vocative.find()) {
			String word = vocative.group("v");
			if ((LatinWords.isGiven(word) || LatinWords.romajiShaped(word)) && !plainOrPlace(word)) {
				added.add(Found.value(PersonalDataKind.PERSON_NAME, vocative));
			}
		}
		Matcher hiragana = QUOTED_HIRAGANA.matcher(folded);
		while (hiragana.find()) {
			String before = folded.substring(Math.max(0, hiragana.start() - CUE_WINDOW), hiragana.start());
			if (hiragana.group("g") != null || NAME_WORDS.matcher(before).find()) {
				added.add(Found.value(PersonalDataKind.PERSON_NAME, hiragana));
			}
		}
		nameColumns(folded, added);
		candidates.addAll(added);
	}

	/** A sure finding over a span every character of which some rule found as a name. */
	private static void promote(String folded, BitSet names, int start, int end, List<Finding> added) {
		if (allSet(names, start, end) && !plainOrPlace(folded.substring(start, end))) {
			added.add(new Finding(PersonalDataKind.PERSON_NAME, start, end));
		}
	}

	/**
	 * Rows of a pipe table whose header has a Name cell: that column's cells are names.
	 */
	private static void nameColumns(String folded, List<Finding> added) {
		Matcher row = PIPE_ROW.matcher(folded);
		int column = -1;
		int cells = 0;
		int lastEnd = -2;
		while (row.find()) {
			String[] parts = row.group().split("\\|", -1);
			if (row.start() != lastEnd + 1) {
				column = -1;
			}
			lastEnd = row.end();
			if (column < 0) {
				for (int i = 0; i < parts.length; i++) {
					if (parts[i].strip().matches("(?i)(?:full |first |last )?names?")) {
						column = i;
						cells = parts.length;
					}
				}
				continue;
			}
			if (parts.length != cells) {
				column = -1;
				continue;
			}
			int at = row.start();
			for (int i = 0; i < column; i++) {
				at += parts[i].length() + 1;
			}
			String cell = parts[column].strip();
			if (cell.matches("[A-Z][\\p{L}'\\-]{1,20}(?: (?:\"[A-Za-z]{2,12}\" )?[A-Z][\\p{L}'\\-]{1,20}){0,3}")
					&& !plainOrPlace(cell)) {
				int start = at + parts[column].indexOf(cell);
				added.add(new Finding(PersonalDataKind.PERSON_NAME, start, start + cell.length()));
			}
		}
	}

	private static boolean plainOrPlace(String value) {
		String first = value.split("[ \\-]")[0];
		return PlainWords.plain(value) || PlainWords.plain(first) || Places.isRomajiPlace(first)
				|| NonNameWords.roleWord(value);
	}

	private static boolean allSet(BitSet bits, int start, int end) {
		return start < end && bits.nextClearBit(start) >= end;
	}

	private static int latinLetters(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ') {
				count++;
			}
		}
		return count;
	}

}
