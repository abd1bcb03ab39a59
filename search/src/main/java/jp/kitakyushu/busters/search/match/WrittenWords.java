package jp.kitakyushu.busters.search.match;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives index terms back the form the texts write them in, for people to read. The
 * Japanese analyzer drops the long-vowel mark at the end of a katakana word (ロッカー is
 * indexed as ロッカ) and splits compounds (更衣室 as 更衣 and 室); shown to staff, the first reads
 * as a typo and the second as two unrelated words.
 */
final class WrittenWords {

	private static final char LONG_VOWEL = 'ー';

	/**
	 * What privacy masking leaves in a public text in place of a person's data (［氏名］,
	 * [name]: the api's markers for each kind of data).
	 */
	private static final Pattern MASK = Pattern.compile("［[^］\\n]{1,12}］|\\[[^\\]\\n]{1,24}\\]");

	private WrittenWords() {
	}

	/**
	 * The word as the texts write it more often: with the long-vowel mark, when the word
	 * is katakana and the texts end it with the mark more often than without.
	 * @param word an index term
	 * @param texts the texts the word was taken from
	 * @return the word to show
	 */
	static String spelled(String word, List<String> texts) {
		if (word.isEmpty() || !word.chars().allMatch(WrittenWords::isKatakana)) {
			return word;
		}
		// Every place the word ends with the mark is also a place the word stands.
		int marked = count(word + LONG_VOWEL, texts);
		int bare = count(word, texts) - marked;
		return (marked > bare) ? word + LONG_VOWEL : word;
	}

	/**
	 * The words spelled as written, with two Japanese words joined where the texts write
	 * them as one compound at least half the times they write either; the joined word
	 * takes the place of the better ranked. A word the texts write only inside a masked
	 * span (the 氏名 of ［氏名］) is left out: it says what was hidden, not what the problems
	 * are about.
	 * @param ranked index terms, best first
	 * @param texts the texts they were taken from
	 * @param limit how many words to give
	 * @return the words to show, best first
	 */
	static List<String> of(List<String> ranked, List<String> texts, int limit) {
		List<String> unmasked = texts.stream().map((text) -> MASK.matcher(text).replaceAll(" ")).toList();
		List<String> words = new ArrayList<>(ranked.stream()
			.filter((word) -> !onlyMasked(word, texts, unmasked))
			.map((word) -> spelled(word, texts))
			.toList());
		for (int i = 0; i < words.size(); i++) {
			for (int j = 0; j < words.size(); j++) {
				if (i == j || !isJapanese(words.get(i)) || !isJapanese(words.get(j))) {
					continue;
				}
				String compound = words.get(i) + words.get(j);
				int together = count(compound, texts);
				if (together > 0 && 2 * together >= count(words.get(i), texts)
						&& 2 * together >= count(words.get(j), texts)) {
					words.set(Math.min(i, j), compound);
					words.remove(Math.max(i, j));
					i = -1;
					break;
				}
			}
		}
		return words.subList(0, Math.min(limit, words.size()));
	}

	private static boolean onlyMasked(String word, List<String> texts, List<String> unmasked) {
		return count(word, unmasked) == 0 && count(word, texts) > 0;
	}

	private static int count(String word, List<String> texts) {
		int count = 0;
		for (String text : texts) {
			for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
				count++;
			}
		}
		return count;
	}

	/** Only Japanese words are joined: English writes its compounds apart. */
	private static boolean isJapanese(String word) {
		return word.chars().noneMatch((c) -> c < 0x80);
	}

	private static boolean isKatakana(int c) {
		return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA;
	}

}
