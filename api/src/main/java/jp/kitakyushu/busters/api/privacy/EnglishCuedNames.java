package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names in Latin letters where the layout of a post puts them: after a sign-off
 * ("Thanks, Anna", "— Tom" at the end), after "From:" at the start of a line, in brackets
 * after a number, in "the Smith family", after "account holder", and alone on the last
 * line.
 */
final class EnglishCuedNames {

	private static final String NAME_WORD = "[A-Z][a-z]+";

	private static final Pattern SIGN_OFF_LINE = Pattern.compile(
			"(?i:(?:best|kind|warm|many|warmest)? ?(?:regards|wishes|thanks|thank you)|best|cheers|yours(?: sincerely| truly| faithfully)?"
					+ "|sincerely|love|warmly|respectfully|take care|thanks again),?");

	/**
	 * "— Caroline Whitaker-Mori, 090-…", "- Tran Minh Quang": a sign-off near the end,
	 * with a phone or a place after a comma.
	 */
	private static final Pattern SIGN_OFF_INLINE = Pattern
		.compile("(?:(?:Thanks|Thank you|Cheers|Regards|Best|Love|Many thanks),? | [—–~] ?| - )(?<v>" + NAME_WORD
				+ "(?:-[A-Z][a-z]+)?(?: " + NAME_WORD + "(?:-[A-Z][a-z]+)?){0,2})(?:[.!]|,[^\\n]{0,40})?\\s*$");

	/** Sign-offs are looked for this close to the end only. */
	private static final int TAIL = 80;

	private static final Pattern AFTER_LABEL = Pattern.compile("(?:From|Sender|Signed|Name)(?: ?:) ?(?<v>" + NAME_WORD
			+ "(?: [A-Z]'?[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)?)?)");

	private static final Pattern IN_BRACKETS = Pattern.compile("\\((?<v>" + NAME_WORD + "(?: " + NAME_WORD + ")?)\\)");

	private static final Pattern HOLDER = Pattern
		.compile("(?i:holder|name on the account)(?: ?:)? (?<v>[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?)");

	private static final Pattern NAME_LINE = Pattern
		.compile("^[\\-—–~ ]*(?<v>" + NAME_WORD + "(?: [A-Z]\\.)?(?: [A-Z]'?[A-Za-z][a-z]+){0,2})(?:,.*)?$");

	private static final Pattern DASH = Pattern.compile("[\\-—–~] ?");

	/** The Smith family, the Smiths. */
	private static final Pattern FAMILY = Pattern.compile("\\b[Tt]he (?<v>" + NAME_WORD + ") family\\b");

	private static final String NAME_WORDS = NAME_WORD + "(?:[ \\-][A-Z]?[a-z]+){0,3}";

	/** "my name Pham Duc Anh", "My name: Anjali Gurung": the cue, then the name. */
	private static final Pattern MY_NAME = Pattern
		.compile("\\b[Mm]y name(?: is)?:? (?<v>" + NAME_WORD + "(?: [A-Z][a-z]+){0,3})");

	/** "Ramesh Shrestha is my name", "Miyuki (my wife)": the name, then the cue. */
	private static final Pattern NAME_THEN_CUE = Pattern.compile("(?<![A-Za-z])(?<v>" + NAME_WORDS
			+ ")(?= is my name| \\((?:my|our) (?:wife|husband|son|daughter|kids|children|mother|father|mum|mom|dad|partner|sister|brother)\\b)");

	/** "Kurniawan here", "Liu Yang (劉洋) here", opening a post or a sentence. */
	private static final Pattern NAME_HERE = Pattern.compile(
			"(?!(?:Parents|People|Residents|Neighbou?rs|Everyone|Everybody|Students|Volunteers|Staff|Members|Families"
					+ "|Folks|Friends|Kids|Children|Locals|Mothers|Fathers|Moms|Mums|Dads|Workers|Nurses|Teachers|Drivers)\\b)(?<v>"
					+ NAME_WORDS + ")(?: \\([^)]{1,12}\\))? here\\b(?! is| are| in| at| on| and| for)");

	/** "Watashi wa Nguyen Van Hung desu": a self-introduction in romaji. */
	private static final Pattern ROMAJI_INTRO = Pattern.compile("(?i:watashi|boku|atashi|namae) wa (?<v>" + NAME_WORD
			+ "(?: " + NAME_WORD + "){0,3})(?= (?i:desu|to moushimasu|to mōshimasu|to iimasu|de gozaimasu)\\b)");

	/** "my husband is Minh", "The guy's name is Ogata": who someone is, by name. */
	private static final Pattern NAME_IS = Pattern
		.compile("(?:\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir) (?:husband|wife|son"
				+ "|daughter|partner|mother|father|mum|mom|dad|brother|sister|child|baby|neighbou?r|friend|landlord|landlady"
				+ "|boss|teacher|manager|name)|'s name|[Hh]is name|[Hh]er name) is (?<v>" + NAME_WORD + "(?: "
				+ NAME_WORD + ")?)(?=[.,!;\\n)]|$| and\\b| who\\b)");

	private static final Pattern OPENING = Pattern
		.compile("(?:^|[.!?]\\s+|\\n|(?:Hi|Hello|Hey)(?: all| everyone| there| folks| guys)?(?:,|!)? )$");

	/** Lower-case words that join the parts of a name. */
	private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "della", "di", "du",
			"van", "von", "der", "den", "ter", "bin", "binti", "bint", "al", "el", "le", "la", "thi", "ibn");

	private EnglishCuedNames() {
	}

	static void find(String folded, List<Finding> out) {
		int tail = Math.max(0, folded.length() - TAIL);
		cued(folded, SIGN_OFF_INLINE.matcher(folded).region(tail, folded.length()), false, out);
		for (int at = 0; at >= 0 && at < folded.length(); at = folded.indexOf('\n', at) + 1) {
			Matcher label = AFTER_LABEL.matcher(folded).region(at, folded.length());
			if (label.lookingAt()) {
				add(folded, label, true, out);
			}
			if (folded.indexOf('\n', at) < 0) {
				break;
			}
		}
		for (int at = folded.indexOf('('); at > 0; at = folded.indexOf('(', at + 1)) {
			char before = folded.charAt(folded.charAt(at - 1) == ' ' && at > 1 ? at - 2 : at - 1);
			Matcher brackets = IN_BRACKETS.matcher(folded).region(at, folded.length());
			if ((Character.isDigit(before) || Character.isLowerCase(before) || before == ']') && brackets.lookingAt()) {
				add(folded, brackets, false, out);
			}
		}
		if (folded.contains("family")) {
			cued(folded, FAMILY.matcher(folded), false, out);
		}
		if (folded.contains("older") || folded.contains("account")) {
			cued(folded, HOLDER.matcher(folded), false, out);
		}
		if (folded.contains("name")) {
			cued(folded, MY_NAME.matcher(folded), false, out);
		}
		if (folded.contains(" wa ")) {
			cued(folded, ROMAJI_INTRO.matcher(folded), false, out);
		}
		if (folded.contains(" is ")) {
			cued(folded, NAME_IS.matcher(folded), false, out);
		}
		if (folded.contains("my name") || folded.contains("(my ") || folded.contains("(our ")) {
			cued(folded, NAME_THEN_CUE.matcher(folded), false, out);
		}
		if (folded.contains(" here")) {
			Matcher here = NAME_HERE.matcher(folded);
			while (here.find()) {
				String before = folded.substring(Math.max(0, here.start() - 16), here.start());
				if (OPENING.matcher(before).find() || here.start() == 0) {
					add(folded, here, false, out);
				}
			}
		}
		lastLine(folded, out);
	}

	/**
	 * A last line that is only a name, under a sign-off or alone in a post of several
	 * lines.
	 */
	private static void lastLine(String folded, List<Finding> out) {
		String trimmed = folded.stripTrailing();
		int lineStart = trimmed.lastIndexOf('\n') + 1;
		if (lineStart == 0) {
			return;
		}
		Matcher name = NAME_LINE.matcher(trimmed.substring(lineStart));
		if (!name.matches()) {
			return;
		}
		String[] parts = name.group("v").split(" ");
		if (LatinWords.notLast(parts[parts.length - 1]) || NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(parts[0])) {
			return;
		}
		String previous = trimmed.substring(trimmed.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).strip();
		boolean known = LatinWords.isGiven(parts[0]) || LatinWords.isSurname(parts[parts.length - 1])
				|| LatinWords.romajiShaped(parts[0]);
		boolean signedOff = SIGN_OFF_LINE.matcher(previous).matches()
				|| DASH.matcher(trimmed.substring(lineStart)).lookingAt();
		if (known || signedOff || parts.length >= 2) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, lineStart + name.start("v"), lineStart + name.end("v"),
					(known || signedOff) ? Confidence.MASKED : Confidence.FLAGGED));
		}
	}

	private static void cued(String folded, Matcher matcher, boolean labelled, List<Finding> out) {
		while (matcher.find()) {
			add(folded, matcher, labelled, out);
		}
	}

	/**
	 * Adds the name unless it ends like a place; after a label a listed given name and
	 * surname stay a name even when the surname also ends places ("From: Daniel Park").
	 */
	private static void add(String folded, Matcher matcher, boolean labelled, List<Finding> out) {
		String name = matcher.group("v");
		if (name == null) {
			return;
		}
		String[] words = name.split(" ");
		String last = words[words.length - 1];
		if (!ownName(words)) {
			return;
		}
		boolean listedPair = labelled && words.length == 2 && LatinWords.isGiven(words[0])
				&& LatinWords.isSurname(last);
		if ((listedPair || !LatinWords.notLast(last)) && !NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(words[0])) {
			out.add(Found.value(PersonalDataKind.PERSON_NAME, matcher));
		}
	}

	/**
	 * "(Uomachi)", "Korean exchange student here": a town alone, or words with a plain
	 * noun among them (only particles such as "de" or "bin" join a name in lower case),
	 * say who or where someone is, not their name.
	 */
	private static boolean ownName(String[] words) {
		if (words.length == 1 && Places.isRomajiPlace(words[0])) {
			return false;
		}
		for (int i = 1; i < words.length; i++) {
			if (Character.isLowerCase(words[i].charAt(0)) && !NAME_PARTICLES.contains(words[i])) {
				return false;
			}
		}
		return true;
	}

}
