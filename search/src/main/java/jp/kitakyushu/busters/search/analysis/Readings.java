package jp.kitakyushu.busters.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;

/**
 * The katakana reading of a word in its base form (濡れる and ぬれる are both ヌレル), looked up
 * once per word: predicates are few and repeat.
 */
final class Readings {

	/** Enough for every predicate a city's problems use, and bounded. */
	static final int MAX_CACHED = 50_000;

	private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

	private Readings() {
	}

	static String of(String word) {
		String cached = CACHE.get(word);
		if (cached != null) {
			return cached;
		}
		String reading = read(word);
		if (CACHE.size() < MAX_CACHED) {
			CACHE.put(word, reading);
		}
		return reading;
	}

	private static String read(String word) {
		StringBuilder reading = new StringBuilder();
		try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, true, JapaneseTokenizer.Mode.NORMAL)) {
			ReadingAttribute attribute = tokenizer.addAttribute(ReadingAttribute.class);
			tokenizer.setReader(new StringReader(word));
			tokenizer.reset();
			while (tokenizer.incrementToken()) {
				if (attribute.getReading() == null) {
					return word;
				}
				reading.append(attribute.getReading());
			}
			tokenizer.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return reading.isEmpty() ? word : reading.toString();
	}

}
