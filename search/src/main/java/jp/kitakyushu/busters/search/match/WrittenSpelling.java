package jp.kitakyushu.busters.search.match;

import java.util.List;

/**
 * Gives a cluster's words back the spelling its problems use. The Japanese analyzer drops
 * the long-vowel mark at the end of a katakana word, so that ロッカー and ロッカ meet in the
 * index; shown to staff, the index form reads as a typo.
 */
final class WrittenSpelling {

	private static final char LONG_VOWEL = 'ー';

	private WrittenSpelling() {
	}

	/**
	 * Whether the texts may write the word otherwise: it is katakana.
	 * @param word an index term
	 * @return whether {@link #of} may change it
	 */
	static boolean mayDiffer(String word) {
		return !word.isEmpty() && word.chars().allMatch(WrittenSpelling::isKatakana);
	}

	/**
	 * The word as the texts write it more often: with the long-vowel mark, when the word
	 * is katakana and the texts end it with the mark more often than without.
	 * @param word an index term
	 * @param texts the texts the word was taken from
	 * @return the word to show
	 */
	static String of(String word, List<String> texts) {
		if (!mayDiffer(word)) {
			return word;
		}
		int marked = 0;
		int bare = 0;
		for (String text : texts) {
			for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
				int after = at + word.length();
				if (after < text.length() && text.charAt(after) == LONG_VOWEL) {
					marked++;
				}
				else {
					bare++;
				}
			}
		}
		return (marked > bare) ? word + LONG_VOWEL : word;
	}

	private static boolean isKatakana(int c) {
		return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA;
	}

}
