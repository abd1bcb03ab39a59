package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.index.IndexFields;
import jp.kitakyushu.busters.search.index.IndexFields.Family;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * A problem's words (Japanese and English) in one text field with their frequencies, read
 * from its term vectors: what "same problem" scoring and clustering compare.
 */
final class VectorWords {

	private VectorWords() {
	}

	/**
	 * The words of a field.
	 * @param fields a document's term vectors, or {@code null} when it has none
	 * @param field a text field, e.g. {@link IndexFields#TITLE}
	 * @param excluded words left out (the names of places)
	 * @return each word with its frequency in the field
	 */
	static Map<String, Long> of(@Nullable Fields fields, String field, Set<String> excluded) throws IOException {
		Map<String, Long> words = new HashMap<>();
		if (fields == null) {
			return words;
		}
		for (Family family : List.of(Family.JA, Family.EN)) {
			Terms terms = fields.terms(IndexFields.analyzed(field, family));
			if (terms == null) {
				continue;
			}
			TermsEnum iterator = terms.iterator();
			BytesRef term;
			while ((term = iterator.next()) != null) {
				String word = term.utf8ToString();
				if (!excluded.contains(word)) {
					words.merge(word, iterator.totalTermFreq(), Long::sum);
				}
			}
		}
		return words;
	}

}
