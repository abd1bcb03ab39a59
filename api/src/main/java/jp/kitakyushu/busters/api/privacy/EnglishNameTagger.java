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

	private static final Pattern APPOSITIVE_OR_CUE = Pattern
		.compile("^(?: here\\b|,? and I\\b|, (?:a|an|the|my|our|his|her|their|\\d{1,3}|captain|chair|head|owner)\\b"
				+ "| \\([a-z]+\\))");

	/** Subjects of "… said", "… fell" that are no one's name. */
	private static final Set<String> NOT_SUBJECTS = Set.of("she", "they", "you", "who", "police", "staff", "security",
			"management", "reception", "mom", "mum", "dad", "grandma", "grandpa", "granny", "mother", "father",
			"husband", "wife", "son", "daughter", "mine", "each", "both", "neither", "either", "nobody", "somebody",
			"everybody", "another", "the", "our", "his", "her", "their", "this", "that", "which", "what", "whoever",
			"someone", "officer", "driver", "manager", "teacher", "doctor", "nurse", "landlord", "owner", "boss",
			"baby", "child", "everything", "nothing", "something", "nature", "water", "traffic", "rain", "snow", "wind",
			"time", "life");

	private static final Pattern MIDDLE_INITIAL = Pattern.compile(" [A-Z]\\. ");

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
			else if (!pair) {
				loneName(folded, words.get(i), first, out);
			}
		}
		EnglishCuedNames.find(folded, out);
		EnglishFormNames.find(folded, out);
	}

	private static boolean twoWordName(String folded, int[] a, int[] b, String first, String second,
			List<Finding> out) {
		if (NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(first) || LatinWords.notLast(second)
				|| followedByPlaceWord(folded, b[1])) {
			return false;
		}
		boolean firstGiven = LatinWords.isGiven(first);
		boolean firstSurname = LatinWords.isSurname(first);
		boolean secondGiven = LatinWords.isGiven(second);
		boolean secondSurname = LatinWords.isSurname(second) || (firstSurname && second.contains("-"));
		String after = folded.substring(b[1], Math.min(folded.length(), b[1] + 12));
		boolean cue = APPOSITIVE_OR_CUE.matcher(after).find() || EnglishPersonCues.leadIn(folded, a[0]);
		boolean personBefore = EnglishPersonCues.relationBefore(folded, a[0])
				|| EnglishPersonCues.spokenToBefore(folded, a[0]);
		Confidence confidence = null;
		if ((firstGiven && secondSurname) || (firstSurname && secondGiven && isRomajiName(first, second))
				|| (firstSurname && second.contains("-")) || LatinWords.romajiPair(first, second)) {
			confidence = Confidence.MASKED;
		}
		else if (personBefore && !Places.isRomajiPlace(first) && !Places.isRomajiPlace(second)) {
			confidence = (firstGiven || secondSurname || firstSurname || secondGiven) ? Confidence.MASKED
					: Confidence.FLAGGED;
		}
		else if ((firstGiven || secondSurname || (firstSurname && cue))
				&& (cue || lowercaseWordFollows(folded, b[1]))) {
			confidence = cue ? Confidence.MASKED : Confidence.FLAGGED;
		}
		else if (cue && APPOSITIVE_OR_CUE.matcher(after).find() && EnglishPersonCues.startsSentence(folded, a[0])) {
			confidence = Confidence.FLAGGED;
		}
		else if ((EnglishPersonCues.startsSentence(folded, a[0]) || afterLowercaseWord(folded, a[0]))
				&& EnglishPersonCues.doingWhatPeopleDo(folded, b[1]) && !Places.isRomajiPlace(first)
				&& !Places.isRomajiPlace(second)) {
			// Mehmet Yilmaz lost his wallet, yesterday Marisol Quispe fell: two unknown
			// words that act as a person.
			confidence = Confidence.FLAGGED;
		}
		if (confidence == null) {
			return false;
		}
		out.add(new Finding(PersonalDataKind.PERSON_NAME, a[0], b[1], confidence));
		return true;
	}

	/** Yesterday Marisol Quispe fell: a capitalised pair after a plain word. */
	private static boolean afterLowercaseWord(String folded, int start) {
		return start >= 2 && folded.charAt(start - 1) == ' ' && Character.isLowerCase(folded.charAt(start - 2))
				|| start >= 2 && folded.charAt(start - 1) == ' ' && folded.substring(Math.max(0, start - 12), start)
					.matches("(?s).*\\b(?:Yesterday|Today|Then|Later|Also) $");
	}

	/** One space, or a middle initial (John P. Smith), between two words. */
	private static boolean joined(String folded, int end, int nextStart) {
		String gap = folded.substring(end, nextStart);
		return gap.equals(" ") || MIDDLE_INITIAL.matcher(gap).matches();
	}

	/**
	 * One word alone: a listed given name or a romaji-shaped word after a cue ("contact
	 * Takeshi", "neighbour Dorothea"), or before what people do ("Takuro says").
	 */
	private static void loneName(String folded, int[] word, String text, List<Finding> out) {
		if (NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(text) || LatinWords.notLast(text) || Places.isRomajiPlace(text)
				|| NOT_SUBJECTS.contains(text.toLowerCase(Locale.ROOT))) {
			return;
		}
		boolean given = LatinWords.isGiven(text);
		boolean shaped = given || LatinWords.romajiShaped(text);
		Confidence confidence = null;
		if (EnglishPersonCues.relationBefore(folded, word[0]) || (shaped && EnglishPersonCues.loneNameCue(folded, word))
				|| (given && EnglishPersonCues.startsSentence(folded, word[0])
						&& EnglishPersonCues.doingWhatListedPeopleDo(folded, word[1]))) {
			confidence = Confidence.MASKED;
		}
		else if (EnglishPersonCues.startsSentence(folded, word[0])
				&& EnglishPersonCues.doingWhatPeopleDo(folded, word[1]) && (shaped || unknownSubject(text))) {
			// Kateryna slipped: an unknown word acting as a person is flagged for staff.
			confidence = given ? Confidence.MASKED : Confidence.FLAGGED;
		}
		if (confidence != null) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, word[0], word[1], confidence));
		}
	}

	/** A word that opens a sentence before what people do and is no pronoun or group. */
	private static boolean unknownSubject(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return word.length() >= 3 && !NOT_SUBJECTS.contains(lower) && !lower.endsWith("one") && !lower.endsWith("body")
				&& !lower.endsWith("s") && !NameLexicon.ENGLISH_NOT_LAST_NAMES.contains(word);
	}

	private static boolean isRomajiName(String surname, String given) {
		return LatinNames.ROMAJI_SURNAMES.contains(surname) && LatinNames.ROMAJI_GIVEN_NAMES.contains(given);
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
