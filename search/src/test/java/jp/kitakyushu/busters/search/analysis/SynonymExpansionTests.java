package jp.kitakyushu.busters.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query analyzers add the compiled dictionary synonyms beside the writer's words,
 * marked as expansions, at the offsets of the words they came from.
 */
class SynonymExpansionTests {

	private final Analysis analysis = Analysis.get();

	@Test
	void japaneseQueryAddsSudachiSynonymsBesideTheWritersWords() throws IOException {
		// 高齢 者 is the domain list's canonical form of お年寄り: the writer's word, not an
		// expansion; Sudachi adds 老齢者 (老齢 者) and 雨's katakana equivalents.
		assertThat(marked(this.analysis.japaneseQuery(), "お年寄りが雨の中で待っている")).containsExactly("老齢*[1,4]", "高齢[1,4]",
				"者*[1,4]", "者[1,4]", "レイン*[5,6]", "レーン*[5,6]", "雨[5,6]", "中[7,8]", "待つ[9,11]");
	}

	@Test
	void japaneseQueryExpandsThroughTheDomainFolding() throws IOException {
		// 停留所 folds to バス停, whose Sudachi group brings バスストップ; the group of 停留所
		// itself brings 停留場.
		assertThat(marked(this.analysis.japaneseQuery(), "停留所")).containsExactly("バス*[0,3]", "停留*[0,3]", "バス停[0,3]",
				"ストップ*[0,3]", "場*[0,3]");
	}

	@Test
	void englishQueryAddsSingleWordWordNetNounsOfTheSameFirstSense() throws IOException {
		assertThat(marked(this.analysis.englishQuery(), "physician")).containsExactly("doctor*[0,9]", "doc*[0,9]",
				"physician[0,9]");
		// lavatory folds to the domain list's toilet, which WordNet expands; its phrases
		// (comfort station) are left out, so "station" never enters on its own.
		assertThat(marked(this.analysis.englishQuery(), "lavatory")).containsExactly("lav*[0,8]", "john*[0,8]",
				"privy*[0,8]", "toilet[0,8]");
	}

	@Test
	void textsWithNothingToExpandStaySafe() throws IOException {
		for (String text : List.of("その", "the of and", "あ", "a", "สวัสดีครับ", "مرحبا", "！？。、", "")) {
			for (Analyzer analyzer : List.of(this.analysis.japaneseQuery(), this.analysis.englishQuery())) {
				assertThat(marked(analyzer, text)).noneMatch((token) -> token.contains("*"));
			}
		}
		assertThat(marked(this.analysis.japaneseQuery(), "その")).isEmpty();
		assertThat(marked(this.analysis.englishQuery(), "the of and")).isEmpty();
	}

	/** Tokens as {@code term[start,end]}, expansions marked with {@code *}. */
	static List<String> marked(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term + (Analysis.EXPANSION_TYPE.equals(type.type()) ? "*" : "") + "[" + offset.startOffset()
						+ "," + offset.endOffset() + "]");
			}
			stream.end();
		}
		return tokens;
	}

}
