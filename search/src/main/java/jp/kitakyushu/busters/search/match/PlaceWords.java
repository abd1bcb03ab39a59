package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jp.kitakyushu.busters.search.analysis.Places;
import jp.kitakyushu.busters.search.index.IndexFields.Family;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The index terms a place's names analyse to (小倉南区 gives 小倉, 南, 区): "same problem"
 * scoring keeps place evidence in its place features and out of its word overlap, where a
 * near-miss in the same street would otherwise look like the same problem.
 */
final class PlaceWords {

	private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

	private PlaceWords() {
	}

	static Set<String> of(Places.Place place) {
		return CACHE.computeIfAbsent(place.name(), (name) -> analyse(place));
	}

	/** Whether a bigram lies inside one of the places' names. */
	static boolean inName(String term, Set<Places.Place> places) {
		for (Places.Place place : places) {
			for (String name : place.names()) {
				if (name.contains(term)) {
					return true;
				}
			}
		}
		return false;
	}

	private static Set<String> analyse(Places.Place place) {
		Set<String> words = new HashSet<>();
		for (String name : place.names()) {
			for (Family family : Family.values()) {
				try (TokenStream stream = family.analyzer().tokenStream("", name)) {
					CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
					stream.reset();
					while (stream.incrementToken()) {
						words.add(term.toString());
					}
					stream.end();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return Set.copyOf(words);
	}

}
