package jp.kitakyushu.busters.api.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * The words the learned name model reads: Kuromoji's words for a text with any Japanese
 * script, runs of letters, digits and single marks for a text in Latin script alone.
 * Spaces are not words; a line break is one, because a name often stands alone on a line.
 */
final class NameWords {

	/** Part of speech given to a word of a Latin-script text. */
	static final String LATIN = "latin";

	/** Part of speech given to a line break. */
	static final String BREAK = "break";

	private NameWords() {
	}

	/**
	 * One word.
	 *
	 * @param start offset of its first char
	 * @param end offset just past its last char
	 * @param surface the word as written
	 * @param pos Kuromoji's part of speech, {@link #LATIN} or {@link #BREAK}
	 * @param known whether Kuromoji's dictionary has the word
	 * @param spaceBefore whether a space separates it from the word before
	 */
	record Word(int start, int end, String surface, String pos, boolean known, boolean spaceBefore) {
	}

	static List<Word> of(String folded) {
		return TextFold.isJapanese(folded) ? japanese(folded) : latin(folded);
	}

	private static List<Word> japanese(String folded) {
		List<Word> words = new ArrayList<>();
		boolean space = false;
		for (Morphology.Token token : Morphology.tokens(folded)) {
			if (token.surface().indexOf('\n') >= 0) {
				words.add(new Word(token.start(), token.end(), "\n", BREAK, false, space));
				space = false;
			}
			else if (token.space()) {
				space = true;
			}
			else {
				words.add(new Word(token.start(), token.end(), token.surface(), token.pos(), token.known(), space));
				space = false;
			}
		}
		return words;
	}

	private static List<Word> latin(String text) {
		List<Word> words = new ArrayList<>();
		boolean space = false;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '\n') {
				words.add(new Word(i, i + 1, "\n", BREAK, false, space));
				space = false;
				i++;
			}
			else if (Character.isWhitespace(c)) {
				space = true;
				i++;
			}
			else {
				int end = (Character.isLetterOrDigit(c)) ? wordEnd(text, i) : i + 1;
				words.add(new Word(i, end, text.substring(i, end), LATIN, false, space));
				space = false;
				i = end;
			}
		}
		return words;
	}

	/** Letters and digits, with an apostrophe or hyphen inside (O'Neill, Mary-Ann). */
	private static int wordEnd(String text, int start) {
		int end = start + 1;
		while (end < text.length()) {
			char c = text.charAt(end);
			boolean joiner = (c == '\'' || c == '-') && end + 1 < text.length()
					&& Character.isLetter(text.charAt(end + 1));
			if (!Character.isLetterOrDigit(c) && !joiner) {
				break;
			}
			end++;
		}
		return end;
	}

}
