package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jp.kitakyushu.busters.search.analysis.Analysis;
import jp.kitakyushu.busters.search.analysis.RandomText;
import jp.kitakyushu.busters.search.index.IndexFields;
import jp.kitakyushu.busters.search.index.IndexFields.Family;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A source text's index analysis, recorded and replayed through the dictionary synonym
 * stage, gives the query analyzer's tokens exactly: terms, types, offsets, positions and
 * the stream's end.
 */
class RecordedAnalysisTests {

	private static final List<String> SENTENCES = List.of("お年寄りが雨の中で待っている", "停留所", "バス停の屋根が壊れていて雨の日に困ります。",
			"The physician said the lavatory at the station is broken.", "歩道の段差が大きく、車椅子で通れない。夜は街灯が暗い。", "ﾊﾞｽの時刻表が読めない",
			"Buses are late and the bus stop has no roof; elderly people wait in the rain.",
			"公園のトイレが汚い。ごみ箱があふれている。遊具が錆びている。");

	@Test
	void replayedTokensThroughTheSynonymStageAreTheQueryAnalyzers() throws IOException {
		Random random = new Random(16);
		List<String> texts = new ArrayList<>(SENTENCES);
		for (int i = 0; i < 200; i++) {
			StringBuilder text = new StringBuilder();
			for (int s = 0; s < 1 + random.nextInt(8); s++) {
				text.append(SENTENCES.get(random.nextInt(SENTENCES.size())));
			}
			texts.add(text.toString());
			texts.add(RandomText.next(random, random.nextInt(120)));
		}
		int expanded = 0;
		for (String text : texts) {
			for (Family family : Family.values()) {
				List<String> expected = tokens(
						family.queryAnalyzer().tokenStream(IndexFields.analyzed(IndexFields.TEXT, family), text));
				List<String> replayed = tokens(
						family.expansion(new SourceTerms.Replay(SourceTerms.Recorded.of(family, text))));
				assertThat(replayed).as("%s %s", family, text).isEqualTo(expected);
				expanded += expected.stream().anyMatch((token) -> token.contains(Analysis.EXPANSION_TYPE)) ? 1 : 0;
			}
		}
		// The texts do bring synonyms, so the stage is exercised, not only passed
		// through.
		assertThat(expanded).isGreaterThan(100);
	}

	@Test
	void ownTermsCountTheDistinctWordsOfTheWriter() throws IOException {
		SourceTerms.Recorded recorded = SourceTerms.Recorded.of(Family.EN, "buses and buses and the roof");
		assertThat(recorded.ownTerms()).isEqualTo(2);
		assertThat(recorded.tokens()).hasSize(3);
		assertThat(recorded.finalOffset()).isEqualTo("buses and buses and the roof".length());
	}

	private static List<String> tokens(TokenStream tokens) throws IOException {
		List<String> list = new ArrayList<>();
		try (TokenStream stream = tokens) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				list.add(term + " " + type.type() + " " + offset.startOffset() + "-" + offset.endOffset() + " +"
						+ increment.getPositionIncrement() + " x" + length.getPositionLength());
			}
			stream.end();
			list.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
		}
		return list;
	}

}
