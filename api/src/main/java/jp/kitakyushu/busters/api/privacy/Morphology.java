package jp.kitakyushu.busters.api.privacy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Japanese text split into words by Kuromoji's dictionary (IPADIC), each with its part of
 * speech: the dictionary knows tens of thousands of surnames, given names and places, so
 * it finds names no cue introduces.
 *
 * <p>
 * A tokenizer is not thread-safe and costs some allocation to build, so each thread keeps
 * one and reuses it; the dictionary itself is loaded once per JVM.
 */
final class Morphology {

	private static final ThreadLocal<Tokenizer> TOKENIZERS = ThreadLocal.withInitial(Tokenizer::new);

	private Morphology() {
	}

	/**
	 * One word of the text.
	 *
	 * @param start offset of its first char
	 * @param end offset just past its last char
	 * @param surface the word as written
	 * @param pos Kuromoji's part of speech, such as {@code 名詞-固有名詞-人名-姓}
	 * @param known whether the word is in the dictionary; for an unknown word Kuromoji
	 * guesses the part of speech from the script alone
	 */
	record Token(int start, int end, String surface, String pos, boolean known) {

		boolean taggedSurname() {
			return this.pos.equals("名詞-固有名詞-人名-姓");
		}

		boolean taggedGivenName() {
			return this.pos.equals("名詞-固有名詞-人名-名");
		}

		boolean taggedPerson() {
			return this.pos.startsWith("名詞-固有名詞-人名");
		}

		boolean taggedPlace() {
			return this.pos.startsWith("名詞-固有名詞-地域");
		}

		/** A firm or organisation the dictionary knows by name (九州電力, 丸和). */
		boolean knownOrganisation() {
			return this.known && this.pos.startsWith("名詞-固有名詞-組織");
		}

		/** A word of the dictionary that is no proper noun (学校, 自転車, 担任). */
		boolean commonWord() {
			return this.known && !this.pos.startsWith("名詞-固有名詞");
		}

		boolean space() {
			return this.surface.isBlank();
		}

		boolean allKanji() {
			return all(StartSet.HAN);
		}

		boolean allKatakana() {
			return all(StartSet.KATAKANA);
		}

		boolean allHiragana() {
			return all(StartSet.HIRAGANA);
		}

		private boolean all(IntPredicate script) {
			for (int i = 0; i < this.surface.length(); i += Character.charCount(this.surface.codePointAt(i))) {
				if (!script.test(this.surface.codePointAt(i))) {
					return false;
				}
			}
			return !this.surface.isEmpty();
		}

		int length() {
			return this.end - this.start;
		}

	}

	/** The index of the token that starts at an offset, or -1. */
	static int indexAt(List<Token> tokens, int start) {
		int low = 0;
		int high = tokens.size() - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			int at = tokens.get(middle).start();
			if (at < start) {
				low = middle + 1;
			}
			else if (at > start) {
				high = middle - 1;
			}
			else {
				return middle;
			}
		}
		return -1;
	}

	/**
	 * The words of a text, spaces and punctuation included, in order. Several detectors
	 * ask for the words of the same folded text; the last text a thread split is
	 * remembered, so it is split once.
	 */
	static List<Token> tokens(String text) {
		return TOKENIZERS.get().tokens(text);
	}

	/**
	 * Whether the dictionary reads a word only as ordinary words, places or firms, and
	 * never as a person's name; an empty word reads as nothing else.
	 */
	static boolean readsOnlyAsCommon(String word) {
		List<Token> words = tokens(word);
		if (words.stream().anyMatch(Token::taggedPerson)) {
			return false;
		}
		return words.stream()
			.allMatch((token) -> token.commonWord() || token.taggedPlace() || token.knownOrganisation());
	}

	private static final class Tokenizer {

		private final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);

		private final PartOfSpeechAttribute pos = this.tokenizer.addAttribute(PartOfSpeechAttribute.class);

		private final OffsetAttribute offset = this.tokenizer.addAttribute(OffsetAttribute.class);

		private final ReadingAttribute reading = this.tokenizer.addAttribute(ReadingAttribute.class);

		private @Nullable String lastText;

		private List<Token> lastTokens = List.of();

		List<Token> tokens(String text) {
			// Identity, not equality: the redactor hands every detector the same
			// instance.
			if (text != this.lastText) {
				this.lastTokens = List.copyOf(split(text));
				this.lastText = text;
			}
			return this.lastTokens;
		}

		List<Token> split(String text) {
			List<Token> tokens = new ArrayList<>();
			try {
				this.tokenizer.setReader(new StringReader(text));
				this.tokenizer.reset();
				while (this.tokenizer.incrementToken()) {
					int start = this.offset.startOffset();
					int end = this.offset.endOffset();
					String pos = this.pos.getPartOfSpeech();
					tokens.add(new Token(start, end, text.substring(start, end), (pos != null) ? pos : "",
							this.reading.getReading() != null));
				}
				this.tokenizer.end();
			}
			catch (IOException ex) {
				// A StringReader does not fail; anything else is a bug worth seeing.
				throw new UncheckedIOException(ex);
			}
			finally {
				try {
					this.tokenizer.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return tokens;
		}

	}

}
