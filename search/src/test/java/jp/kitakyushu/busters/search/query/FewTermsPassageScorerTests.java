package jp.kitakyushu.busters.search.query;

import java.util.Random;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The passage scorer that counts terms in place gives Lucene's scores to the bit.
 */
class FewTermsPassageScorerTests {

	private static final String[] WORDS = { "街灯", "暗い", "公園", "light", "street", "dark", "バス停", "屋根" };

	@Test
	void scoresEveryPassageAsLucenesScorerDoes() {
		PassageScorer lucene = new PassageScorer();
		PassageScorer ours = new FewTermsPassageScorer();
		Random random = new Random(20261206);
		for (int round = 0; round < 2000; round++) {
			Passage passage = new Passage();
			int start = random.nextInt(400);
			int length = 40 + random.nextInt(200);
			passage.setStartOffset(start);
			passage.setEndOffset(start + length);
			int matches = random.nextInt(12);
			int offset = start;
			for (int i = 0; i < matches; i++) {
				String word = WORDS[random.nextInt(WORDS.length)];
				// A term's frequency in the document is the same wherever it matches.
				int freqInDoc = 1 + Math.floorMod(word.hashCode(), 7);
				passage.addMatch(offset, offset + 2, new BytesRef(word), freqInDoc);
				offset += 3;
			}
			int contentLength = start + length + random.nextInt(1000);
			assertThat(ours.score(passage, contentLength)).as(passage.toString())
				.isEqualTo(lucene.score(passage, contentLength));
		}
	}

	@Test
	void countsARepeatedTermOnceWithItsFrequency() {
		Passage once = passage("街灯", "暗い");
		Passage repeated = passage("街灯", "暗い", "街灯");
		PassageScorer ours = new FewTermsPassageScorer();
		assertThat(ours.score(repeated, 500)).isGreaterThan(ours.score(once, 500))
			.isEqualTo(new PassageScorer().score(repeated, 500));
	}

	private static Passage passage(String... words) {
		Passage passage = new Passage();
		passage.setStartOffset(0);
		passage.setEndOffset(40);
		for (int i = 0; i < words.length; i++) {
			passage.addMatch(3 * i, 3 * i + 2, new BytesRef(words[i]), 2);
		}
		return passage;
	}

}
