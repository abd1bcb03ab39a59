package jp.kitakyushu.busters.api.privacy;

import java.util.List;
import java.util.ListIterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops names a post shows to be part of something else: a place's reading in kana in
 * brackets after it (永犬丸 (えいのまる)) when no name stands before the bracket, a surname or
 * word glued to a building's or business's word (「…ビル」, …ケアプラン), a relative's word taken
 * with the particle before it (のおばちゃん), and a place a visitor comes from (visiting from
 * …).
 */
final class ReadingsAndNamedPlaces {

	/** Kanji before a bracket: the word whose reading the bracket may hold. */
	private static final Pattern KANJI_BEFORE_BRACKET = Pattern.compile("(?<w>[一-龯々]{2,6}) ?[(（]$");

	private static final Pattern KANA = Pattern.compile("[ぁ-ゖー]{2,10}|[ァ-ヺー]{2,10}");

	private static final Pattern BUSINESS_AFTER = Pattern
		.compile("^(?:第[一二三四五六七八九0-9]ビル|ビル|ケアプラン|ケアセンター|" + "クリニック|医院|歯科|商店|工務店|ハイツ|マンション|アパート|荘|不動産|建設|運送|ストア)");

	private static final Pattern KIN_WITH_PARTICLE = Pattern.compile("の?お?(?:ばあ|じい|ばぁ|じぃ|ば|じ|にい|ねえ|かあ|とう)(?:ちゃん|さん)");

	private static final Pattern VISITING_FROM = Pattern
		.compile("(?i:\\b(?:visiting|visitors?|came|come|here|travell?ing|travell?ed|arrived|tourists?) from)\\s$");

	private ReadingsAndNamedPlaces() {
	}

	static void remove(String folded, List<Finding> candidates) {
		ListIterator<Finding> it = candidates.listIterator();
		while (it.hasNext()) {
			Finding finding = it.next();
			if (finding.kind() != PersonalDataKind.PERSON_NAME) {
				continue;
			}
			String value = finding.in(folded);
			String before = folded.substring(Math.max(0, finding.start() - 24), finding.start());
			String after = folded.substring(finding.end(), Math.min(folded.length(), finding.end() + 24));
			boolean reading = false;
			if (KANA.matcher(value).matches() && (after.startsWith(")") || after.startsWith("）"))) {
				Matcher kanji = KANJI_BEFORE_BRACKET.matcher(before);
				reading = kanji.find() && placeLike(kanji.group("w")) && !nameBefore(candidates, finding.start());
			}
			if (reading || BUSINESS_AFTER.matcher(after).find() || KIN_WITH_PARTICLE.matcher(value).matches()
					|| (value.indexOf(' ') < 0 && VISITING_FROM.matcher(before).find())) {
				it.remove();
			}
		}
	}

	/**
	 * A word that may be a place with its reading after it: no ordinary word (息子, 友達) and
	 * no name the dictionary knows.
	 */
	private static boolean placeLike(String word) {
		for (Morphology.Token token : Morphology.tokens(word)) {
			if (token.commonWord() || token.taggedPerson()) {
				return false;
			}
		}
		return !NameLexicon.isGeneric(word);
	}

	/** Whether a name found ends just before the bracket that starts near this offset. */
	private static boolean nameBefore(List<Finding> candidates, int start) {
		for (Finding other : candidates) {
			if (other.kind() == PersonalDataKind.PERSON_NAME && other.end() <= start && other.end() >= start - 3) {
				return true;
			}
		}
		return false;
	}

}
