package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people's names in Latin letters that no title or "my name is" introduces: a known
 * given name with a surname ("Laura Bennett slipped"), a Japanese name in romaji in
 * either order ("Tanaka Hiroshi", "Daiki Yamaguchi"), a name followed by "here" or "and
 * I", a name after "From:" or in brackets after a number, and the name a post is signed
 * with.
 *
 * <p>
 * Capitalised words are mostly places, firms and sentence starts, so two unknown words
 * need a cue, one known word and one unknown word are only flagged, and a word that ends
 * place or organisation names ({@link NameLexicon#ENGLISH_NOT_LAST_NAMES}) stops a name.
 */
final class EnglishNameTagger implements Detector {

	private static final Pattern WORD = Pattern
		.compile("(?<![A-Za-z'\\-])(?:[A-Z]'[A-Z][a-z]+|Ma?c[A-Z][a-z]+|[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)(?![A-Za-z])");

	private static final Set<String> LEAD_INS = Set.of("to", "with", "from", "by", "and", "ask", "call", "contact",
			"email", "text", "tell", "thank", "thanks", "met", "saw", "told", "asked", "like", "named", "called",
			"holder", "for");

	private static final Pattern SIGN_OFF_LINE = Pattern.compile(
			"(?i:(?:best|kind|warm|many|warmest)? ?(?:regards|wishes|thanks|thank you)|best|cheers|yours(?: sincerely| truly| faithfully)?"
					+ "|sincerely|love|warmly|respectfully|take care|thanks again),?");

	private static final Pattern SIGN_OFF_INLINE = Pattern.compile(
			"(?:Thanks|Thank you|Cheers|Regards|Best|Love|Many thanks),? (?<v>[A-Z][a-z]+(?: [A-Z][a-z]+)?)[.!]?\\s*$");

	/** Sign-offs are looked for this close to the end only. */
	private static final int TAIL = 80;

	private static final Pattern AFTER_LABEL = Pattern.compile(
			"(?:From|Sender|Signed|Name)(?: ?:) ?(?<v>[A-Z][a-z]+(?: [A-Z]'?[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)?)?)");

	private static final Pattern IN_BRACKETS = Pattern.compile("\\((?<v>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\\)");

	private static final Pattern HOLDER = Pattern
		.compile("(?i:holder|name on the account)(?: ?:)? (?<v>[A-Z][a-z]+ [A-Z][a-z]+(?:-[a-z]+)?)");

	private static final Pattern NAME_LINE = Pattern
		.compile("^[\\-—–~ ]*(?<v>[A-Z][a-z]+(?: [A-Z]'?[A-Za-z][a-z]+){0,2})(?:,.*)?$");

	private static final Pattern DASH = Pattern.compile("[\\-—–~] ?");

	private static final Pattern APPOSITIVE_OR_CUE = Pattern
		.compile("^(?: here\\b|,? and I\\b|, (?:a|an|the|my|our|his|her|their|\\d{1,3}|captain|chair|head|owner)\\b"
				+ "| \\([a-z]+\\))");

	private static final Pattern MIDDLE_INITIAL = Pattern.compile(" [A-Z]\\. ");

	/** The Smith family, the Smiths. */
	private static final Pattern FAMILY = Pattern.compile("\\b[Tt]he (?<v>[A-Z][a-z]+) family\\b");

	@Override
	public void detect(String folded, List<Finding> out) {
		if (!hasCapital(folded)) {
			return;
		}
		List<int[]> words = words(folded);
		for (int i = 0; i < words.size(); i++) {
			String first = text(folded, words.get(i));
			boolean pair = i + 1 < words.size() && joined(folded, words.get(i)[1], words.get(i + 1)[0]);
			String second = pair ? text(folded, words.get(i + 1)) : null;
			if (pair && twoWordName(folded, words.get(i), words.get(i + 1), first, second, out)) {
				i++;
			}
			else if (!pair && isGiven(first) && loneNameCue(folded, words.get(i))) {
				out.add(new Finding(PersonalDataKind.PERSON_NAME, words.get(i)[0], words.get(i)[1]));
			}
		}
		int tail = Math.max(0, folded.length() - TAIL);
		cued(folded, SIGN_OFF_INLINE.matcher(folded).region(tail, folded.length()), out);
		for (int at = 0; at >= 0 && at < folded.length(); at = folded.indexOf('\n', at) + 1) {
			Matcher label = AFTER_LABEL.matcher(folded).region(at, folded.length());
			if (label.lookingAt()) {
				add(folded, label, out);
			}
			if (folded.indexOf('\n', at) < 0) {
				break;
			}
		}
		for (int at = folded.indexOf('('); at > 0; at = folded.indexOf('(', at + 1)) {
			char before = folded.charAt(folded.charAt(at - 1) == ' ' && at > 1 ? at - 2 : at - 1);
			Matcher brackets = IN_BRACKETS.matcher(folded).region(at, folded.length());
			if ((Character.isDigit(before) || Character.isLowerCase(before) || before == ']') && brackets.lookingAt()) {
				add(folded, brackets, out);
			}
		}
		if (folded.contains("family")) {
			cued(folded, FAMILY.matcher(folded), out);
		}
		if (folded.contains("older") || folded.contains("account")) {
			cued(folded, HOLDER.matcher(folded), out);
		}
		lastLine(folded, out);
	}

	private static boolean twoWordName(String folded, int[] a, int[] b, String first, String second,
			List<Finding> out) {
		if (NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(first) || notLast(second)
				|| followedByPlaceWord(folded, b[1])) {
			return false;
		}
		boolean firstGiven = isGiven(first);
		boolean firstSurname = isSurname(first);
		boolean secondGiven = isGiven(second);
		boolean secondSurname = isSurname(second) || (firstSurname && second.contains("-"));
		String after = folded.substring(b[1], Math.min(folded.length(), b[1] + 12));
		boolean cue = APPOSITIVE_OR_CUE.matcher(after).find() || leadIn(folded, a[0]);
		Confidence confidence = null;
		if ((firstGiven && secondSurname) || (firstSurname && secondGiven && isRomajiName(first, second))
				|| (firstSurname && second.contains("-"))) {
			confidence = Confidence.MASKED;
		}
		else if ((firstGiven || secondSurname) && (cue || lowercaseWordFollows(folded, b[1]))) {
			confidence = cue ? Confidence.MASKED : Confidence.FLAGGED;
		}
		else if (cue && APPOSITIVE_OR_CUE.matcher(after).find() && startsSentence(folded, a[0])) {
			confidence = Confidence.FLAGGED;
		}
		if (confidence == null) {
			return false;
		}
		out.add(new Finding(PersonalDataKind.PERSON_NAME, a[0], b[1], confidence));
		return true;
	}

	/** One space, or a middle initial (John P. Smith), between two words. */
	private static boolean joined(String folded, int end, int nextStart) {
		String gap = folded.substring(end, nextStart);
		return gap.equals(" ") || MIDDLE_INITIAL.matcher(gap).matches();
	}

	/** Lily and I; Anna and Paul Becker; email Hana at. */
	private static boolean loneNameCue(String folded, int[] word) {
		String after = folded.substring(word[1], Math.min(folded.length(), word[1] + 8));
		return after.startsWith(" and I ")
				|| after.startsWith(" and I,") || (after.startsWith(" and ") && after.length() > 5
						&& Character.isUpperCase(after.charAt(5)) && !after.startsWith(" and I"))
				|| leadIn(folded, word[0]);
	}

	private static boolean isRomajiName(String surname, String given) {
		return LatinNames.ROMAJI_SURNAMES.contains(surname) && LatinNames.ROMAJI_GIVEN_NAMES.contains(given);
	}

	private static boolean isGiven(String word) {
		if (NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(word)) {
			return false;
		}
		int hyphen = word.indexOf('-');
		if (hyphen > 0) {
			return isGiven(word.substring(0, hyphen));
		}
		return LatinNames.GIVEN_NAMES.contains(word) || LatinNames.ROMAJI_GIVEN_NAMES.contains(word);
	}

	/** Listed surnames, and the Irish and Scottish shapes (O'Neill, McBride, MacLeod). */
	private static boolean isSurname(String word) {
		return LatinNames.SURNAMES.contains(word) || LatinNames.ROMAJI_SURNAMES.contains(word)
				|| word.matches("O'[A-Z][a-z]+|Ma?c[A-Z][a-z]+");
	}

	private static boolean notLast(String word) {
		return NameLexicon.ENGLISH_NOT_LAST_NAMES.contains(word) || NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(word);
	}

	private static boolean followedByPlaceWord(String folded, int end) {
		Matcher next = WORD.matcher(folded);
		return end + 1 < folded.length() && folded.charAt(end) == ' ' && next.find(end + 1) && next.start() == end + 1
				&& NameLexicon.ENGLISH_NOT_LAST_NAMES.contains(next.group());
	}

	private static boolean lowercaseWordFollows(String folded, int end) {
		return end + 2 < folded.length() && (folded.charAt(end) == ' ' || folded.charAt(end) == ',') && Character
			.isLowerCase(folded.charAt(folded.charAt(end) == ',' ? Math.min(end + 2, folded.length() - 1) : end + 1));
	}

	/**
	 * "to Elena Rossi", "ask for Tom", "email Hana": a verb or preposition people follow.
	 */
	private static boolean leadIn(String folded, int start) {
		int end = start - 1;
		while (end > 0 && folded.charAt(end) == ' ') {
			end--;
		}
		int begin = end;
		while (begin > 0 && Character.isLetter(folded.charAt(begin - 1))) {
			begin--;
		}
		return end > begin && LEAD_INS.contains(folded.substring(begin, end + 1).toLowerCase(Locale.ROOT));
	}

	private static boolean startsSentence(String folded, int start) {
		int at = start - 1;
		while (at >= 0 && folded.charAt(at) == ' ') {
			at--;
		}
		return at < 0 || ".!?\n:".indexOf(folded.charAt(at)) >= 0;
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
		if (notLast(parts[parts.length - 1]) || NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(parts[0])) {
			return;
		}
		String previous = trimmed.substring(trimmed.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).strip();
		boolean known = isGiven(parts[0]) || isSurname(parts[parts.length - 1]);
		boolean signedOff = SIGN_OFF_LINE.matcher(previous).matches()
				|| DASH.matcher(trimmed.substring(lineStart)).lookingAt();
		if (known || signedOff || parts.length >= 2) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, lineStart + name.start("v"), lineStart + name.end("v"),
					(known || signedOff) ? Confidence.MASKED : Confidence.FLAGGED));
		}
	}

	private static void cued(String folded, Matcher matcher, List<Finding> out) {
		while (matcher.find()) {
			add(folded, matcher, out);
		}
	}

	private static void add(String folded, Matcher matcher, List<Finding> out) {
		String name = matcher.group("v");
		if (name != null && !notLast(name.substring(name.lastIndexOf(' ') + 1))
				&& !NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(name.split(" ")[0])) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, matcher.start("v"), matcher.end("v")));
		}
	}

	private static List<int[]> words(String folded) {
		List<int[]> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(folded);
		while (matcher.find()) {
			words.add(new int[] { matcher.start(), matcher.end() });
		}
		return words;
	}

	private static String text(String folded, int[] word) {
		return folded.substring(word[0], word[1]);
	}

	private static boolean hasCapital(String folded) {
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				return true;
			}
		}
		return false;
	}

}
