package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.ja.dict.ToStringUtil;

/**
 * Finds names written in kana by what only follows a person: a parent (ゆうとのママ, けんたとりこの母,
 * ゆいママ), a grandparent it goes out with (しんやとおばあちゃん), a home (としおさんち, ふじもとさん宅), "a person
 * called" (ヨシダさんという方) or a letter's "from" (くみこより); a child's name given after 息子の名前は;
 * and a hiragana surname introduced between spaces (… よしだ です).
 *
 * <p>
 * The kana before the cue must end in a given name or surname that the dictionary reads,
 * and what stands before that name in the run must be a particle (の, は, と, が, も) or
 * nothing, so a word that merely ends like a name (ともだちのママ) is no name. Two names joined
 * by と before one cue are both taken.
 */
final class KanaFamilyNames implements Detector {

	private static final String KANA = "[ぁ-ゖァ-ヺー]";

	private static final Pattern CUED = Pattern.compile("(?<run>" + KANA + "{2,14}?)(?<cue>の?(?:ママ|パパ)|の(?:母|父|祖母|祖父)"
			+ "(?![\\p{IsHan}])|と(?:おばあちゃん|おじいちゃん|ばあば|じいじ)|(?<home>さんち|さん宅|さんの家|さんという)|より(?=[。、\\n ]|$))");

	private static final Pattern CHILD_NAMED = Pattern
		.compile("(?:息子|娘|子ども|子供|長男|長女|次男|次女|三男|三女|孫|弟|妹)の名前は[、 ]?(?<v>[ぁ-ゖ]{2,6}|[ァ-ヺー]{2,8})");

	private static final Pattern SPACED_SURNAME = Pattern.compile("(?<= )(?<v>[ぁ-ゖ]{2,6}) です");

	/**
	 * 中谷って人, 大川という男性, ヨシダさんという方: a surname before "a person called", whatever its script;
	 * and a kanji surname opening a post before です (清田です。).
	 */
	private static final Pattern CALLED = Pattern.compile("(?<v>[\\p{IsHan}々]{1,4}|[ァ-ヺー]{2,8}|[ぁ-ゖ]{2,6})(?:さん)?"
			+ "(?:って人|っていう人|っていう方|という人|という方|という男性|という女性|というおばあさん|というおじいさん|という名前|と名乗)"
			+ "|^(?<w>[\\p{IsHan}々]{1,4})です[。、 \\n]");

	/** A katakana run long enough to be a surname and a given name written together. */
	private static final Pattern JOINED = Pattern.compile("(?<![ァ-ヺー・])[ァ-ヺー]{5,10}(?![ァ-ヺー・])");

	private static final String PARTICLES = "のはとがも";

	@Override
	public void detect(String folded, List<Finding> out) {
		if (!TextFold.isJapanese(folded)) {
			return;
		}
		Matcher cued = CUED.matcher(folded);
		while (cued.find()) {
			int start = cued.start("run");
			while (start > 0 && isKana(folded.charAt(start - 1)) && cued.start("run") - start < 12) {
				start--;
			}
			names(folded, start, cued.end("run"), cued.group("home") != null, out);
		}
		Matcher child = CHILD_NAMED.matcher(folded);
		while (child.find()) {
			int end = child.end("v");
			if (StartSet.HIRAGANA.test(folded.charAt(child.start("v")))) {
				end = KanaNames.end(folded, child.start("v"));
			}
			if (end > child.start("v")) {
				out.add(new Finding(PersonalDataKind.PERSON_NAME, child.start("v"), end, Confidence.MASKED));
			}
		}
		Matcher called = CALLED.matcher(folded);
		while (called.find()) {
			String group = (called.group("v") != null) ? "v" : "w";
			if (surname(folded, called.start(group), called.end(group))) {
				out.add(new Finding(PersonalDataKind.PERSON_NAME, called.start(group), called.end(group),
						Confidence.MASKED));
			}
		}
		Matcher joined = JOINED.matcher(folded);
		while (joined.find()) {
			if (joinedName(folded, joined.start(), joined.end())) {
				out.add(new Finding(PersonalDataKind.PERSON_NAME, joined.start(), joined.end(), Confidence.MASKED));
			}
		}
		if (folded.indexOf(" です") >= 0) {
			Matcher spaced = SPACED_SURNAME.matcher(folded);
			while (spaced.find()) {
				String word = spaced.group("v");
				if (DictionaryNames.kanaSurname(word) && plain(word)
						&& !otherWord(folded, spaced.start("v"), spaced.end("v"))) {
					out.add(Found.value(PersonalDataKind.PERSON_NAME, spaced, Confidence.MASKED));
				}
			}
		}
	}

	/**
	 * Takes the name that ends the kana run [start, end), and the one before it when と
	 * joins them.
	 */
	private static void names(String folded, int start, int end, boolean surnameToo, List<Finding> out) {
		int nameEnd = end;
		for (int pairs = 0; pairs < 2 && nameEnd - start >= 2; pairs++) {
			int nameStart = nameStart(folded, start, nameEnd, surnameToo);
			if (nameStart < 0) {
				return;
			}
			out.add(new Finding(PersonalDataKind.PERSON_NAME, nameStart, nameEnd, Confidence.MASKED));
			if (nameStart - 1 <= start || folded.charAt(nameStart - 1) != 'と') {
				return;
			}
			nameEnd = nameStart - 1;
		}
	}

	/** Where the longest name ending at {@code end} starts, or -1. */
	private static int nameStart(String folded, int start, int end, boolean surnameToo) {
		for (int at = start; at <= end - 2; at++) {
			if (at > start && PARTICLES.indexOf(folded.charAt(at - 1)) < 0) {
				continue;
			}
			if (at == start && at > 0 && StartSet.HAN.test(folded.charAt(at - 1))) {
				// お姉さんと…: kana right after a kanji end its word.
				continue;
			}
			if (name(folded.substring(at, end), surnameToo)) {
				// きのうとしお: the particle may be the name's own first kana, unless a name
				// ends before it (けんたとりこ).
				boolean longer = at > start && name(folded.substring(at - 1, end), surnameToo)
						&& (at - 1 <= start || nameStart(folded, start, at - 1, surnameToo) < 0);
				return longer ? at - 1 : at;
			}
		}
		return -1;
	}

	private static boolean name(String word, boolean surnameToo) {
		return (DictionaryNames.kanaGivenName(word) || romajiGivenName(word)
				|| (surnameToo && DictionaryNames.kanaSurname(word))) && plain(word);
	}

	/**
	 * Modern given names the 2007 dictionary lacks (ゆうと, ゆいと) are in the romaji lists:
	 * the kana are read in Hepburn, with and without their long vowels.
	 */
	private static boolean romajiGivenName(String word) {
		String hepburn = ToStringUtil.getRomanization(DictionaryNames.katakana(word))
			.toLowerCase(Locale.ROOT)
			.replace("'", "")
			.replace("ō", "o")
			.replace("ū", "u");
		String plain = hepburn.replace("uu", "u").replace("ou", "o").replace("oo", "o");
		return hepburn.length() >= 3
				&& (LatinWords.isGiven(capitalised(hepburn)) || LatinWords.isGiven(capitalised(plain)));
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	/**
	 * ヤマモトカズキ: a katakana run the dictionary does not know whole that splits into a
	 * surname and a given name it reads.
	 */
	private static boolean joinedName(String folded, int start, int end) {
		List<Morphology.Token> tokens = Morphology.tokens(folded);
		int i = Morphology.indexAt(tokens, start);
		if (i >= 0 && tokens.get(i).end() == end && tokens.get(i).known()) {
			return false;
		}
		for (int split = start + 2; split <= end - 2; split++) {
			String surname = folded.substring(start, split);
			String given = folded.substring(split, end);
			if (DictionaryNames.kanaSurname(surname) && DictionaryNames.kanaGivenName(given)
					&& !NameLexicon.isKatakanaGeneric(surname) && !NameLexicon.isKatakanaGeneric(given)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the span is a surname: a listed one or one the dictionary tags, in kanji; a
	 * reading of one, in kana. A longer kanji run must start after a non-kanji (the
	 * pattern takes at most four).
	 */
	private static boolean surname(String folded, int start, int end) {
		String word = folded.substring(start, end);
		if (!StartSet.HAN.test(word.charAt(0))) {
			// 手伝いたいという方: hiragana after a kanji, or read as a verb or adjective, is the
			// end of a word.
			boolean okurigana = StartSet.HIRAGANA.test(word.charAt(0)) && start > 0
					&& (StartSet.HAN.test(folded.charAt(start - 1))
							|| StartSet.HIRAGANA.test(folded.charAt(start - 1)));
			return !okurigana && (DictionaryNames.kanaSurname(word) || DictionaryNames.kanaGivenName(word))
					&& plain(word) && !otherWord(folded, start, end);
		}
		if (start > 0 && StartSet.HAN.test(folded.charAt(start - 1))) {
			return false;
		}
		if (NameLexicon.isGeneric(word)) {
			return false;
		}
		// The cue is strong enough for a surname that is also a town (前田, 清田).
		List<Morphology.Token> tokens = Morphology.tokens(folded);
		int i = Morphology.indexAt(tokens, start);
		return JapaneseNames.SURNAMES.contains(word)
				|| (i >= 0 && tokens.get(i).end() == end && tokens.get(i).taggedSurname());
	}

	/** ほしい です, きれい です: a word the dictionary reads whole as no noun. */
	private static boolean otherWord(String folded, int start, int end) {
		List<Morphology.Token> tokens = Morphology.tokens(folded);
		int i = Morphology.indexAt(tokens, start);
		return i >= 0 && tokens.get(i).end() == end && tokens.get(i).known() && !tokens.get(i).pos().startsWith("名詞");
	}

	private static boolean plain(String word) {
		return !NameLexicon.isHiraganaGeneric(word) && !NameLexicon.isKatakanaGeneric(word)
				&& !JapaneseNames.HIRAGANA_WORDS.contains(word);
	}

	private static boolean isKana(char c) {
		return (c >= 'ぁ' && c <= 'ゖ') || (c >= 'ァ' && c <= 'ヺ') || c == 'ー';
	}

}
