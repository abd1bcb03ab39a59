package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names that stand alone where a writer signs or introduces someone without a cue:
 * a surname closing the post after its last sentence, a name after the room of an address
 * in brackets or after に住む, a name's kanji in quotes beside its kana, and in English a
 * name after "Hello from", after "booked under" or "in the name of", after "Name is", and
 * a known given name with a surname closing the post.
 */
final class LoneNames {

	/** A kanji surname closing the post after a sentence's end or a line break. */
	private static final Pattern LAST_WORD = Pattern.compile("[。！？!?\\n] ?(?<v>[一-龯々]{2,4})[ 。.]?\\s*$");

	/**
	 * A name after the room of an address, before the bracket closes or the line ends.
	 */
	private static final Pattern AFTER_ADDRESS = Pattern
		.compile("^ ?[、,]? ?(?<v>[一-龯々]{1,4}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6})(?= ?(?:[)）]|$|\\n|です|より))");

	/** A name after where its bearer lives: …に住む 小山です, （…に住む しみず）. */
	private static final Pattern AFTER_LIVES = Pattern
		.compile("(?:に住む|に住んでいる|に住んでる|在住の?) ?(?<v>[一-龯々]{1,4}|[ぁ-ゖ]{2,5}|[ァ-ヺー]{2,6}) ?(?=です|より|[)）。、]|$)");

	/** A name's kanji in quotes where the post talks of its spelling: 漢字の「千代」. */
	private static final Pattern KANJI_ASIDE = Pattern.compile("漢字(?:で|の|は|では)?「(?<v>[一-龯々]{1,4})」");

	private static final Pattern NAME_TALK = Pattern.compile("名前|氏名|名義|本名|戸籍");

	/** Words standing where a name could that name nobody. */
	private static final Set<String> NOT_NAMES = Set.of("住民", "住人", "者", "家族", "高齢者", "一同", "有志", "一家", "夫婦", "主婦",
			"学生", "世帯", "町内会", "在住", "在勤", "在学", "付近", "周辺", "近辺", "方面", "宅", "自宅", "辺り", "自治会", "以上", "宜しく", "よろしく",
			"お願い", "まで", "です", "より", "ほか", "など", "近隣住民", "匿名", "一市民", "市民");

	/** Endings of an office's or a firm's name. */
	private static final Pattern ORGANISATION_END = Pattern.compile("(?:会|社|所|局|課|庁|部|校|院|店|館|団|組合|市|区|町|駅)$");

	private static final String LATIN_NAME = "[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2}";

	/** Hello from Kateryna and her kids. */
	private static final Pattern GREETING_FROM = Pattern
		.compile("\\b(?:Hello|Hi|Hey|Greetings|Love|Regards|Cheers) from (?<v>"
				+ "[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)(?<rest> (?:and|&) (?:her|his|their|my|our)\\b|[,!.]| and )");

	/** Booked under Ann Lee; in the name of Ann Lee. */
	private static final Pattern BOOKED_UNDER = Pattern
		.compile("\\b(?i:book(?:ed|ing)|reserv(?:ed|ation)|register(?:ed)?)"
				+ "(?: is| was)? under (?:the name (?:of )?)?(?<v>" + LATIN_NAME + ")|\\bin the name of (?<w>"
				+ LATIN_NAME + ")");

	/** Name is George Abbott, at a sentence's start. */
	private static final Pattern NAME_IS = Pattern
		.compile("(?:^|[.!?\\n] ?)(?:(?:My|His|Her|Their) (?:[a-z]+'s )?)?(?:full )?"
				+ "[Nn]ame(?: is|'s) (?<v>[A-Z][a-z'-]+ [A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)");

	/** A given name and a surname closing the post as its own sentence: … Kenji Park. */
	private static final Pattern LAST_SENTENCE = Pattern
		.compile("(?<=[.!?] |\\n)(?<first>[A-Z][a-z'-]+) (?<last>[A-Z][a-z'-]+)\\.?\\s*$");

	/** Words that end a group's or a place's name rather than a person's. */
	private static final Pattern GROUP_WORD = Pattern.compile(
			"\\b(?:Circle|Club|Association|Society|Committee|Group|Team|School|Company|Ltd|Inc|Hall|Center|Centre|Office"
					+ "|Station|Church|Temple|Shrine|Family|Families|City|Ward|Kitakyushu|Japan|Union|Council|Class)\\b");

	/** How far back a bracket before an address is looked for. */
	private static final int BRACKET_REACH = 40;

	private LoneNames() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		if (TextFold.isJapanese(folded)) {
			addJapanese(folded, candidates, added);
		}
		else {
			addEnglish(folded, added);
		}
		candidates.addAll(added);
	}

	private static void addJapanese(String folded, List<Finding> candidates, List<Finding> added) {
		Matcher last = LAST_WORD.matcher(folded);
		if (last.find() && surname(folded, last.start("v"), last.group("v"), signedUnder(candidates))) {
			added.add(name(last, "v"));
		}
		for (Finding finding : candidates) {
			if (finding.kind() == PersonalDataKind.POSTAL_ADDRESS && !finding.flagged()
					&& insideBrackets(folded, finding.start())) {
				Matcher after = AFTER_ADDRESS.matcher(folded).region(finding.end(), folded.length());
				if (after.lookingAt() && !NOT_NAMES.contains(after.group("v"))) {
					added.add(name(after, "v"));
				}
			}
		}
		Matcher lives = AFTER_LIVES.matcher(folded);
		while (lives.find()) {
			String word = lives.group("v");
			if (!NOT_NAMES.contains(word) && !NameLexicon.isGeneric(word)) {
				// A katakana word there may be a loanword (…在住 フジサキ): staff decide.
				boolean katakana = word.chars().allMatch((c) -> (c >= 'ァ' && c <= 'ヺ') || c == 'ー');
				added.add(new Finding(PersonalDataKind.PERSON_NAME, lives.start("v"), lives.end("v"),
						katakana ? Confidence.FLAGGED : Confidence.MASKED));
			}
		}
		if (NAME_TALK.matcher(folded).find()) {
			Matcher aside = KANJI_ASIDE.matcher(folded);
			while (aside.find()) {
				added.add(name(aside, "v"));
			}
		}
	}

	private static void addEnglish(String folded, List<Finding> added) {
		Matcher greeting = GREETING_FROM.matcher(folded);
		while (greeting.find()) {
			String word = greeting.group("v");
			boolean family = greeting.group("rest").contains(" her") || greeting.group("rest").contains(" his")
					|| greeting.group("rest").contains(" their") || greeting.group("rest").contains(" my")
					|| greeting.group("rest").contains(" our");
			if ((family || LatinWords.isGiven(word.split(" ")[0])) && !Places.isRomajiPlace(word.split(" ")[0])
					&& !GROUP_WORD.matcher(word).find()) {
				added.add(name(greeting, "v"));
			}
		}
		Matcher booked = BOOKED_UNDER.matcher(folded);
		while (booked.find()) {
			String group = (booked.group("v") != null) ? "v" : "w";
			String words = booked.group(group);
			if (!GROUP_WORD.matcher(words).find() && !Places.isRomajiPlace(words.split(" ")[0])) {
				added.add(name(booked, group));
			}
		}
		Matcher named = NAME_IS.matcher(folded);
		while (named.find()) {
			if (!GROUP_WORD.matcher(named.group("v")).find()) {
				added.add(name(named, "v"));
			}
		}
		Matcher last = LAST_SENTENCE.matcher(folded);
		if (last.find()) {
			String first = last.group("first");
			if ((LatinWords.isGiven(first) || DictionaryNames.romajiGivenName(first)) && !Places.isRomajiPlace(first)
					&& !NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(first)
					&& !GROUP_WORD.matcher(last.group("last")).find()) {
				added.add(new Finding(PersonalDataKind.PERSON_NAME, last.start("first"), last.end("last")));
			}
		}
	}

	/**
	 * Whether the post gives contact details, under which a closing word is a signature.
	 */
	private static boolean signedUnder(List<Finding> candidates) {
		return candidates.stream()
			.anyMatch((finding) -> !finding.flagged() && (finding.kind() == PersonalDataKind.PHONE
					|| finding.kind() == PersonalDataKind.POSTAL_ADDRESS || finding.kind() == PersonalDataKind.EMAIL));
	}

	/**
	 * Whether the name lists or the dictionary take a kanji word for a surname; under
	 * contact details, any proper noun but a place (益田 is also a firm's name).
	 */
	private static boolean surname(String folded, int start, String word, boolean signed) {
		if (NOT_NAMES.contains(word) || NameLexicon.isGeneric(word)) {
			return false;
		}
		if (JapaneseNames.SURNAMES.contains(word)) {
			return true;
		}
		List<Morphology.Token> tokens = Morphology.tokens(folded);
		int index = Morphology.indexAt(tokens, start);
		if (index < 0 || tokens.get(index).end() != start + word.length()) {
			return false;
		}
		Morphology.Token token = tokens.get(index);
		return token.taggedSurname() || token.taggedPerson() || (signed && token.pos().contains("固有名詞")
				&& !token.taggedPlace() && !ORGANISATION_END.matcher(word).find());
	}

	/**
	 * Whether an address starts a line, or a bracket opens, and does not close, in the
	 * few chars before it.
	 */
	private static boolean insideBrackets(String folded, int at) {
		if (at > 0 && folded.charAt(at - 1) == '\n') {
			return true;
		}
		for (int i = at - 1; i >= Math.max(0, at - BRACKET_REACH); i--) {
			char c = folded.charAt(i);
			if (c == '(' || c == '（') {
				return true;
			}
			if (c == ')' || c == '）') {
				return false;
			}
		}
		return false;
	}

	private static Finding name(Matcher matcher, String group) {
		return new Finding(PersonalDataKind.PERSON_NAME, matcher.start(group), matcher.end(group));
	}

}
