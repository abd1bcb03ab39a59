package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 28: names by the position they stand in, whatever their wording, and account
 * numbers written in spaced groups. Every finding here is {@link Confidence#FLAGGED}: the
 * position says a name is likely, not sure, so staff decide; the filters after it (plain
 * words, places, firms, shops, pets, public figures) still take back what is no name.
 *
 * <p>
 * The position families, each a place where writers put their own or a neighbour's name
 * without a cue such as さん or 名前は:
 * <ul>
 * <li>an opening (the post's or a line's start, after 。！？, after a greeting or apology
 * and a comma, or after a comma) and one word, with or without a bracket, before です,
 * と申します, といいます, って名乗る or a closing より: ひらの です, すみません、えんどうです, 大石（…）です, タナカって名乗る人;</li>
 * <li>a kana word before の and an elder, a kinship or a home word: おおにしのおばあちゃん,
 * ヤマダの奥さん;</li>
 * <li>a word at an opening right before a space and a name other rules found, its
 * surname: ひらの ［given name］, 植木 ［given name］;</li>
 * <li>the last words of a post after its last sentence, a signature: …届きません。森永, and the
 * word after 投稿: or 記入者:;</li>
 * <li>a capitalised Latin word before a bracket that holds a found name: Michael（［name］）;
 * a family by its plural or with "family" at a sign-off: — The Fosters, the
 * Nakamura-Wilson family;</li>
 * <li>a word listed right after a found name (［name］としゅんが) and a word at an opening right
 * before a space and a found phone (こちらへ：みずの ［phone］);</li>
 * <li>an account number in spaced or hyphenated groups after "account": account 2203
 * 5518.</li>
 * </ul>
 * A word must read as a name: a kana word is a surname or given name the dictionary
 * knows, a kanji word is one Kuromoji does not read only as common words, places or
 * firms, and no word is a relation, role, place or generic word ({@link NameLexicon}).
 */
final class NamePositionsAndSpacedAccounts {

	/** One word before a self-naming ending, an optional bracket between. */
	private static final Pattern SELF_NAMED = Pattern
		.compile("(?<w>[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8}|[一-龥々]{1,4})(?:（[^（）\\n]{1,24}）|\\([^()\\n]{1,24}\\))?"
				+ "(?=です(?:[。．！!、,\\n 　]|$)|と申します|と申し|といいます|と言います|って(?:名乗|いう|言う|いい|言い|人|方)|より[ 　]*(?:[。\\n]|$))");

	/** A kana word before の and an elder, kin or home word. */
	private static final Pattern KIN_OF = Pattern.compile("(?<w>[ぁ-ゖ]{2,8}|[ァ-ヺー]{2,8})の(?:おばあちゃん|おじいちゃん|おばちゃん|おじちゃん"
			+ "|おばあさん|おじいさん|おばさん|おじさん|ばあちゃん|じいちゃん|奥さん|奥様|ご主人|旦那さん|息子さん|娘さん|お子さん|お母さん|お父さん|お宅|おうち|家の)");

	/** The words after a post's last sentence or line, to its end: a signature. */
	private static final Pattern LAST_WORDS = Pattern
		.compile("(?<=[。！？!?\\n])[ 　]*(?<w>[一-龥々]{2,4}|[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8})[ 　]*$");

	/** The word after a poster label. */
	private static final Pattern POSTER_LABEL = Pattern
		.compile("(?:投稿者|投稿|記入者|文責|送信者)[:：] ?(?<w>[一-龥々]{1,4}|[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8})(?=[)）\\n 　]|$)");

	/** A greeting or apology and its comma, after which a name opens a sentence. */
	private static final Pattern GREETING = Pattern
		.compile("(?:はじめまして|初めまして|こんにちは|こんばんは|おはようございます|すみません|すいません|失礼します|お世話になります|お世話になっております|お疲れ様です)[、,]?[ 　]*$");

	/** A family at a sign-off by its plural, or with "family" anywhere. */
	private static final Pattern FAMILY = Pattern.compile(
			"(?:(?<=^|\\n|[—–] |[—–]|- )(?<t>The) (?<p>[A-Z][a-z]{2,15}(?:-[A-Z][a-z]{2,15})?s)(?=[ \\t]*(?:$|\\n|[(（]))"
					+ "|\\b[Tt]he (?<f>[A-Z][a-z]{2,15}(?:-[A-Z][a-z]{2,15})+) family\\b)");

	/** After a found name: 、 or と, one word, and the end of a list item. */
	private static final Pattern LISTED_AFTER = Pattern
		.compile("(?:[、,]|と)(?<w>[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8}|[一-龥々]{1,4})(?=[、,。]|が|は|を|も|と(?!い|か|し|思)|[（(])");

	/** A capitalised Latin word right before a bracket. */
	private static final Pattern LATIN_BEFORE = Pattern.compile("(?<![A-Za-z])[A-Z][a-z]{2,15}[ ]?$");

	/** An account number in spaced or hyphenated groups after "account". */
	private static final Pattern SPACED_ACCOUNT = Pattern.compile(
			"(?i:\\baccount(?: (?:number|no\\.?|#))?|\\ba/c)[ :#]{1,3}(?<v>\\d{2,5}[ -]\\d{3,8}(?:[ -]\\d{1,4})?)(?![\\d-])");

	private NamePositionsAndSpacedAccounts() {
	}

	static void add(String folded, List<Finding> candidates) {
		List<Finding> added = new ArrayList<>();
		boolean japanese = TextFold.isJapanese(folded);
		if (japanese) {
			selfNamed(folded, added);
			kinOf(folded, added);
			lastWords(folded, added);
			if (folded.contains("投稿") || folded.contains("記入者") || folded.contains("文責") || folded.contains("送信者")) {
				Matcher label = POSTER_LABEL.matcher(folded);
				while (label.find()) {
					flagIfName(folded, label.start("w"), label.end("w"), added);
				}
			}
		}
		for (Finding found : candidates) {
			if (found.kind() == PersonalDataKind.PERSON_NAME) {
				surnameBefore(folded, found, added);
				latinBeforeBracket(folded, found, added);
				if (japanese) {
					listedAfter(folded, found, added);
				}
			}
			else if (found.kind() == PersonalDataKind.PHONE && japanese) {
				beforePhone(folded, found, added);
			}
		}
		if (folded.contains("amily") || folded.contains("The ")) {
			Matcher family = FAMILY.matcher(folded);
			while (family.find()) {
				String word = (family.group("p") != null) ? family.group("p") : family.group("f");
				int start = (family.group("t") != null) ? family.start("t")
						: family.start((family.group("p") != null) ? "p" : "f");
				String stem = (family.group("p") != null) ? word.substring(0, word.length() - 1) : word;
				if (!PlainWords.plain(stem) && !Places.isRomajiPlace(stem) && !PlainWords.plain(word)) {
					added.add(new Finding(PersonalDataKind.PERSON_NAME, start,
							family.end((family.group("p") != null) ? "p" : "f"), Confidence.FLAGGED));
				}
			}
		}
		if (folded.contains("ccount") || folded.contains("CCOUNT") || folded.contains("a/c")) {
			Matcher account = SPACED_ACCOUNT.matcher(folded);
			while (account.find()) {
				added.add(new Finding(PersonalDataKind.BANK_ACCOUNT, account.start("v"), account.end("v"),
						Confidence.FLAGGED));
			}
		}
		candidates.addAll(added);
	}

	private static void selfNamed(String folded, List<Finding> out) {
		if (!folded.contains("です") && !folded.contains("申") && !folded.contains("いいます") && !folded.contains("言います")
				&& !folded.contains("って") && !folded.contains("より")) {
			return;
		}
		Matcher self = SELF_NAMED.matcher(folded);
		while (self.find()) {
			int start = self.start("w");
			if (opening(folded, start) && wholeRun(folded, start, self.end("w"))) {
				flagIfName(folded, start, self.end("w"), out);
			}
		}
	}

	private static void kinOf(String folded, List<Finding> out) {
		if (folded.indexOf('の') < 0) {
			return;
		}
		Matcher kin = KIN_OF.matcher(folded);
		while (kin.find()) {
			int end = kin.end("w");
			// The longest tail of the run that is a name, after a particle or another
			// script: ご近所のおおにし is おおにし.
			for (int start = kin.start("w"); end - start >= 2; start++) {
				char before = (start > 0) ? folded.charAt(start - 1) : ' ';
				// Hiragana after kanji or katakana ends that word (向かい, …さん), it opens
				// no name: a kana name starts after a particle, a mark or a space.
				boolean edge = (JapaneseScripts.of(folded.charAt(start)) == JapaneseScripts.HIRAGANA)
						? JapaneseScripts.of(before) == JapaneseScripts.OTHER
						: JapaneseScripts.of(before) != JapaneseScripts.of(folded.charAt(start));
				edge = edge || "のはがもとに".indexOf(before) >= 0;
				String word = folded.substring(start, end);
				// A surname the dictionary reads may start with お (おおにし, おがわ), which
				// kanaName takes for an honorific prefix.
				boolean surname = word.length() >= 3 && DictionaryNames.kanaSurname(word)
						&& !JapaneseNames.HIRAGANA_WORDS.contains(word);
				if (edge && (surname || kanaName(word))) {
					out.add(new Finding(PersonalDataKind.PERSON_NAME, start, end, Confidence.FLAGGED));
					break;
				}
			}
		}
	}

	private static void lastWords(String folded, List<Finding> out) {
		Matcher last = LAST_WORDS.matcher(folded);
		if (last.find()) {
			String word = last.group("w");
			if (JapaneseScripts.of(word.charAt(0)) == JapaneseScripts.KANJI && word.length() <= 3
					&& properNounAlone(word) && nameWord(word)) {
				// A signature: a firm's name the dictionary knows is a surname too (森永).
				out.add(new Finding(PersonalDataKind.PERSON_NAME, last.start("w"), last.end("w"), Confidence.FLAGGED));
			}
			else {
				flagIfName(folded, last.start("w"), last.end("w"), out);
			}
		}
	}

	/** The word before a space and a found name, at an opening: its surname. */
	private static void surnameBefore(String folded, Finding name, List<Finding> out) {
		int end = name.start() - 1;
		if (end < 2 || folded.charAt(end) != ' ' && folded.charAt(end) != '　') {
			return;
		}
		int start = end;
		int kind = JapaneseScripts.of(folded.charAt(end - 1));
		if (kind == JapaneseScripts.OTHER) {
			return;
		}
		while (start > 0 && end - start < 6 && JapaneseScripts.of(folded.charAt(start - 1)) == kind) {
			start--;
		}
		if (start > 0 && JapaneseScripts.of(folded.charAt(start - 1)) == kind || !opening(folded, start)) {
			return;
		}
		String word = folded.substring(start, end);
		boolean surname = switch (kind) {
			case 1, 2 -> DictionaryNames.kanaSurname(word) && !JapaneseNames.HIRAGANA_WORDS.contains(word);
			default ->
				word.length() <= 3 && (NameLexicon.startsWithSurname(word) || taggedSurname(word) || nounAlone(word));
		};
		if (surname && nameWord(word)) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, start, end, Confidence.FLAGGED));
		}
	}

	/**
	 * The word listed right after a found name, joined by 、 or と and ending where a list
	 * item ends: ［name］としゅんが, ［name］、みずほ、.
	 */
	private static void listedAfter(String folded, Finding name, List<Finding> out) {
		Matcher next = LISTED_AFTER.matcher(folded).region(name.end(), folded.length());
		if (next.lookingAt()) {
			flagIfName(folded, next.start("w"), next.end("w"), out);
		}
	}

	/** The word at an opening right before a space and a found phone: a contact line. */
	private static void beforePhone(String folded, Finding phone, List<Finding> out) {
		int end = phone.start();
		while (end > 0 && (folded.charAt(end - 1) == ' ' || folded.charAt(end - 1) == '　')) {
			end--;
		}
		if (end == phone.start() || end < 2) {
			return;
		}
		int kind = JapaneseScripts.of(folded.charAt(end - 1));
		if (kind == JapaneseScripts.OTHER) {
			return;
		}
		int start = end;
		while (start > 0 && end - start < 8 && JapaneseScripts.of(folded.charAt(start - 1)) == kind) {
			start--;
		}
		if (wholeRun(folded, start, end) && (start == 0 || JapaneseScripts.of(folded.charAt(start - 1)) != kind)
				&& opening(folded, start)) {
			flagIfName(folded, start, end, out);
		}
	}

	/** A capitalised Latin word before a bracket that holds a found name. */
	private static void latinBeforeBracket(String folded, Finding name, List<Finding> out) {
		int open = name.start() - 1;
		if (open < 3 || folded.charAt(open) != '（' && folded.charAt(open) != '(') {
			return;
		}
		Matcher word = LATIN_BEFORE.matcher(folded).region(Math.max(0, open - 17), open);
		if (!word.find()) {
			return;
		}
		String latin = word.group().strip();
		if (!PlainWords.plain(latin) && !Places.isRomajiPlace(latin)
				&& !NameLexicon.ENGLISH_NOT_FIRST_NAMES.contains(latin)
				&& !NameLexicon.ENGLISH_NOT_LAST_NAMES.contains(latin)) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, word.start(), word.start() + latin.length(),
					Confidence.FLAGGED));
		}
	}

	/**
	 * Whether a word starts where a sentence or clause opens: the text's or a line's
	 * start, after 。！？, a comma, a colon, or a greeting.
	 */
	private static boolean opening(String folded, int start) {
		int at = start;
		while (at > 0 && (folded.charAt(at - 1) == ' ' || folded.charAt(at - 1) == '　')) {
			at--;
		}
		if (at == 0) {
			return true;
		}
		char before = folded.charAt(at - 1);
		if ("\n。！？!?、,：:「『".indexOf(before) >= 0) {
			return true;
		}
		return GREETING.matcher(folded).region(Math.max(0, start - 16), start).find();
	}

	/** Whether the word is a whole run of its script, not the tail of a longer word. */
	private static boolean wholeRun(String folded, int start, int end) {
		if (start == 0) {
			return true;
		}
		int before = JapaneseScripts.of(folded.charAt(start - 1));
		int first = JapaneseScripts.of(folded.charAt(start));
		// Hiragana right after kanji is that word's ending (届き, 向かい).
		return before != first && !(before == JapaneseScripts.KANJI && first == JapaneseScripts.HIRAGANA);
	}

	private static void flagIfName(String folded, int start, int end, List<Finding> out) {
		String word = folded.substring(start, end);
		boolean name = switch (JapaneseScripts.of(word.charAt(0))) {
			// Two hiragana are words more often than names (いい, そう).
			case 1 -> word.length() >= 3 && kanaName(word);
			case 2 -> word.length() >= 2 && !NameLexicon.KATAKANA_GENERIC.contains(word)
					&& !NameLexicon.isKatakanaGeneric(word)
					&& (DictionaryNames.kanaSurname(word) || DictionaryNames.kanaGivenName(word) || unknownWord(word));
			default -> kanjiName(word);
		};
		if (name && nameWord(word)) {
			out.add(new Finding(PersonalDataKind.PERSON_NAME, start, end, Confidence.FLAGGED));
		}
	}

	private static boolean kanjiName(String word) {
		List<Morphology.Token> tokens = Morphology.tokens(word);
		// 徳力在住: a place or an ordinary word (在住) beside it says it is no name.
		if (tokens.isEmpty() || tokens.size() > 2 || tokens.stream().anyMatch(Morphology.Token::taggedPlace)
				|| tokens.size() == 2 && tokens.stream().anyMatch(Morphology.Token::commonWord)) {
			return false;
		}
		if (tokens.get(0).taggedSurname() || tokens.stream().allMatch(Morphology.Token::taggedPerson)) {
			return true;
		}
		return tokens.size() == 1 && NameLexicon.startsWithSurname(word) && !tokens.get(0).commonWord();
	}

	/** One noun of the dictionary, common or proper but no place (植木, 森永). */
	private static boolean nounAlone(String word) {
		List<Morphology.Token> tokens = Morphology.tokens(word);
		return tokens.size() == 1 && !tokens.get(0).taggedPlace()
				&& (tokens.get(0).pos().equals("名詞-一般") || tokens.get(0).pos().startsWith("名詞-固有名詞"));
	}

	/** One proper noun of the dictionary that is no place (森永, 丸山). */
	private static boolean properNounAlone(String word) {
		List<Morphology.Token> tokens = Morphology.tokens(word);
		return tokens.size() == 1 && !tokens.get(0).taggedPlace() && tokens.get(0).pos().startsWith("名詞-固有名詞");
	}

	private static boolean taggedSurname(String word) {
		List<Morphology.Token> tokens = Morphology.tokens(word);
		return !tokens.isEmpty() && tokens.get(0).taggedSurname();
	}

	private static boolean unknownWord(String word) {
		List<Morphology.Token> tokens = Morphology.tokens(word);
		return tokens.size() == 1 && !tokens.get(0).known();
	}

	private static boolean kanaName(String word) {
		return !JapaneseNames.HIRAGANA_WORDS.contains(word) && !NameLexicon.isHiraganaGeneric(word)
				&& (JapaneseNames.KANA_GIVEN_NAMES.contains(word) || DictionaryNames.kanaGivenName(word)
						|| DictionaryNames.kanaSurname(word));
	}

	/** Not a relation, role, place, generic or plain word. */
	private static boolean nameWord(String word) {
		return !NameContext.RELATIONS.contains(word) && !NameContext.ROLES.contains(word)
				&& !NameLexicon.CONTEXT.contains(word) && !NameLexicon.isGeneric(word) && !PlainWords.plain(word)
				&& !Places.JAPANESE.contains(word)
				&& !NameContext.endsWithAny(word, word.length(), NameContext.PLACE_OR_BUSINESS_ENDINGS);
	}

}
