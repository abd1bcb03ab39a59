package jp.kitakyushu.busters.search.match;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.index.DocumentWords;
import jp.kitakyushu.busters.search.index.DocumentWords.Part;
import jp.kitakyushu.busters.search.index.IndexFields;

/**
 * A problem's words (Japanese and English) in one text field with their frequencies, read
 * from its {@link DocumentWords}: what "same problem" scoring and clustering compare.
 */
final class VectorWords {

	private VectorWords() {
	}

	/**
	 * The words of a field.
	 * @param words a document's words
	 * @param field {@link IndexFields#TITLE} or {@link IndexFields#TEXT}
	 * @param excluded words left out (the names of places)
	 * @return each word with its frequency in the field
	 */
	static Map<String, Long> of(DocumentWords words, String field, Set<String> excluded) {
		Map<String, Long> result = new HashMap<>();
		boolean title = IndexFields.TITLE.equals(field);
		// Japanese terms first, then English, each in term order, as term vectors were
		// read: the map's iteration order, and so the order its weights are summed in,
		// stays the same.
		for (Part part : title ? new Part[] { Part.TITLE_JA, Part.TITLE_EN }
				: new Part[] { Part.TEXT_JA, Part.TEXT_EN }) {
			words.forEach(part, (word, frequency) -> {
				if (!excluded.contains(word)) {
					result.merge(word, (long) frequency, Long::sum);
				}
			});
		}
		return result;
	}

}
