package jp.kitakyushu.busters.search.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps only tokens with at least one Japanese (Han, Hiragana, Katakana) character, so
 * the morphological field holds Japanese words and Latin words live only in the English
 * field: the two fields then never count the same word twice.
 */
final class ScriptFilter extends FilteringTokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	ScriptFilter(TokenStream in) {
		super(in);
	}

	@Override
	protected boolean accept() {
		char[] buffer = this.term.buffer();
		int length = this.term.length();
		for (int i = 0; i < length; i++) {
			if (isJapanese(buffer[i])) {
				return true;
			}
		}
		return false;
	}

	static boolean isJapanese(int c) {
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || c == 'ー' || c == '々';
	}

	static boolean containsJapanese(CharSequence text) {
		return text.codePoints().anyMatch(ScriptFilter::isJapanese);
	}

}
