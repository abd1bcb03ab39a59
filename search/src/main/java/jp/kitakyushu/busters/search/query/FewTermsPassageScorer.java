package jp.kitakyushu.busters.search.query;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Scores a passage exactly as Lucene's {@link PassageScorer} does, counting its distinct
 * terms in place.
 * <p>
 * Lucene's scorer collects a passage's distinct terms in a new {@code BytesRefHash} for
 * every passage it scores, and the hash's first block is 32 KB: in the api's mix of
 * queries at 32 clients that was 44 % of all the bytes the api allocated (a JFR
 * allocation profile), most of the young collections. A passage matches a handful of
 * terms, so comparing each with the ones before it costs less than hashing.
 */
final class FewTermsPassageScorer extends PassageScorer {

	@Override
	public float score(Passage passage, int contentLength) {
		int matches = passage.getNumMatches();
		BytesRef[] terms = passage.getMatchTerms();
		int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
		double score = 0;
		// Terms in the order they first occur, each once, as the hash numbers them.
		for (int i = 0; i < matches; i++) {
			if (occursBefore(terms, i)) {
				continue;
			}
			int freqInPassage = 1;
			for (int j = i + 1; j < matches; j++) {
				if (terms[j].equals(terms[i])) {
					freqInPassage++;
				}
			}
			score += tf(freqInPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
		}
		return (float) (score * norm(passage.getStartOffset()));
	}

	private static boolean occursBefore(BytesRef[] terms, int index) {
		for (int j = 0; j < index; j++) {
			if (terms[j].equals(terms[index])) {
				return true;
			}
		}
		return false;
	}

}
