package jp.kitakyushu.busters.api.privacy;

/**
 * Which Japanese script a character is written in, for rules that take a word as the run
 * of one script around a cue.
 */
final class JapaneseScripts {

	/** Neither kana nor kanji. */
	static final int OTHER = 0;

	/** Hiragana. */
	static final int HIRAGANA = 1;

	/** Katakana, with its long mark. */
	static final int KATAKANA = 2;

	/** Kanji, with the repeat mark 々. */
	static final int KANJI = 3;

	private JapaneseScripts() {
	}

	/** The script of one character: one of the constants above. */
	static int of(char c) {
		if (c >= 'ぁ' && c <= 'ゖ') {
			return HIRAGANA;
		}
		if (c >= 'ァ' && c <= 'ヺ' || c == 'ー') {
			return KATAKANA;
		}
		return (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || c == '々') ? KANJI
				: OTHER;
	}

}
