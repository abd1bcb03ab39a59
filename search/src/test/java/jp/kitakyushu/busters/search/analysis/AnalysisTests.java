package jp.kitakyushu.busters.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisTests {

	private final Analysis analysis = Analysis.get();

	@Test
	void japaneseSentenceYieldsBaseFormsWithoutParticles() throws IOException {
		assertThat(tokens(this.analysis.japanese(), "高齢者のごみ出しを手伝う人がいない")).containsExactly("高齢[0,3]", "者[0,3]",
				"ごみ[4,8]", "出し[4,8]", "手伝う[9,12]", "人[12,13]");
	}

	@Test
	void japaneseAnalysisKeepsNoLatinWords() throws IOException {
		assertThat(tokens(this.analysis.japanese(), "The bus stop has no shelter")).isEmpty();
	}

	@Test
	void englishSentenceIsStemmedWithoutStopWordsAndFoldsSynonyms() throws IOException {
		assertThat(tokens(this.analysis.english(), "The bus stop has no shelter")).containsExactly("bus[4,12]",
				"stop[4,12]", "has[13,16]", "shelter[20,27]");
		assertThat(tokens(this.analysis.english(), "Buses are late")).containsExactly("bus[0,5]", "late[10,14]");
	}

	@Test
	void bigramsCoverJapaneseOnly() throws IOException {
		assertThat(tokens(this.analysis.bigram(), "ごみ出し bus")).containsExactly("ごみ[0,2]", "み出[1,3]", "出し[2,4]");
	}

	@Test
	void mixedSentenceIsSplitBetweenJapaneseAndEnglishFields() throws IOException {
		String text = "小倉北区のバス停にAIで案内を。Buses are late.";
		assertThat(tokens(this.analysis.japanese(), text)).containsExactly("小倉北[0,3]", "区[3,4]", "バス停[5,8]",
				"案内[12,14]");
		assertThat(tokens(this.analysis.english(), text)).containsExactly("artificial[9,11]", "intelligence[9,11]",
				"bus[16,21]", "late[26,30]");
	}

	@Test
	void widthVariantsAreFolded() throws IOException {
		assertThat(terms(this.analysis.japanese(), "ﾊﾞｽ")).isEqualTo(terms(this.analysis.japanese(), "バス"));
		assertThat(terms(this.analysis.english(), "ＳＨＥＬＴＥＲ")).containsExactly("shelter");
	}

	@Test
	void synonymsOfAGroupShareOneCanonicalTerm() throws IOException {
		List<String> elderly = terms(this.analysis.japanese(), "高齢者");
		assertThat(elderly).containsExactly("高齢", "者");
		assertThat(terms(this.analysis.japanese(), "お年寄り")).isEqualTo(elderly);
		assertThat(terms(this.analysis.japanese(), "シニア")).isEqualTo(elderly);
		assertThat(terms(this.analysis.japanese(), "空家")).isEqualTo(terms(this.analysis.japanese(), "空き家"));
		assertThat(terms(this.analysis.japanese(), "ゴミ")).containsExactly("ごみ");
		assertThat(terms(this.analysis.japanese(), "廃棄物")).containsExactly("ごみ");
		assertThat(terms(this.analysis.japanese(), "育児")).isEqualTo(terms(this.analysis.japanese(), "子育て"));
		assertThat(terms(this.analysis.english(), "senior citizens")).containsExactly("elderly");
	}

	@Test
	void unrelatedWordsAreNotFolded() throws IOException {
		assertThat(terms(this.analysis.japanese(), "図書館")).doesNotContain("高齢", "ごみ");
	}

	@Test
	void synonymListHasAtLeastSixtyGroups() {
		assertThat(DomainSynonyms.load().groups().stream().filter((group) -> group.size() > 1)).hasSizeGreaterThan(60);
	}

	@Test
	void issueExamplesAreOneConceptInTheDomainList() throws IOException {
		assertThat(terms(this.analysis.japanese(), "雨よけ")).isEqualTo(terms(this.analysis.japanese(), "屋根"));
		assertThat(terms(this.analysis.japanese(), "停留所")).isEqualTo(terms(this.analysis.japanese(), "バス停"));
		assertThat(terms(this.analysis.japanese(), "石段")).isEqualTo(terms(this.analysis.japanese(), "階段"));
		assertThat(terms(this.analysis.japanese(), "大型ごみ")).isEqualTo(terms(this.analysis.japanese(), "粗大ごみ"));
		assertThat(terms(this.analysis.japanese(), "紙おむつ")).isEqualTo(terms(this.analysis.japanese(), "おむつ"));
		assertThat(terms(this.analysis.english(), "roof")).isEqualTo(terms(this.analysis.english(), "canopy"));
		assertThat(terms(this.analysis.english(), "street lamps")).containsExactly("streetlight");
		assertThat(terms(this.analysis.english(), "juminhyo"))
			.isEqualTo(terms(this.analysis.english(), "residence certificate"));
	}

	@Test
	void versionNamesTheChainTheDomainListTheCompiledMapsAndThePlaces() {
		assertThat(this.analysis.version())
			.startsWith(Analysis.CHAIN_VERSION + "-" + Long.toHexString(DomainSynonyms.load().checksum()) + "-")
			.endsWith("-" + Long.toHexString(Places.get().checksum()))
			.contains("-" + CompiledSynonyms.load(DomainSynonyms.load()).stamp() + "-");
	}

	@Test
	void indexAnalysisNeverAddsDictionarySynonyms() throws IOException {
		Random random = new Random(7);
		List<String> texts = new ArrayList<>(List.of("バス停に屋根がなく、お年寄りが雨の中で待っている",
				"The public toilet near the station is always dirty", "時刻表が日焼けして読めない"));
		for (int i = 0; i < 100; i++) {
			texts.add(RandomText.next(random, 1 + random.nextInt(60)));
		}
		for (String text : texts) {
			for (Analyzer analyzer : List.of(this.analysis.japanese(), this.analysis.english())) {
				assertThat(types(analyzer, text)).doesNotContain(Analysis.EXPANSION_TYPE);
			}
		}
	}

	@Test
	void randomStringsNeverFailAndKeepOffsetsConsistent() throws IOException {
		Random random = new Random(42);
		for (int i = 0; i < 400; i++) {
			String text = RandomText.next(random, 1 + random.nextInt(80));
			for (Analyzer analyzer : List.of(this.analysis.japanese(), this.analysis.english(), this.analysis.bigram(),
					this.analysis.japaneseQuery(), this.analysis.englishQuery(), this.analysis.predicates())) {
				assertConsistent(analyzer, text);
			}
		}
	}

	private static void assertConsistent(Analyzer analyzer, String text) throws IOException {
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			int lastStart = 0;
			while (stream.incrementToken()) {
				assertThat(term.length()).as("empty term in %s", text).isPositive();
				assertThat(increment.getPositionIncrement()).isNotNegative();
				assertThat(offset.startOffset()).as("offsets of %s in %s", term, text)
					.isBetween(lastStart, offset.endOffset());
				assertThat(offset.endOffset()).isLessThanOrEqualTo(text.length());
				lastStart = offset.startOffset();
			}
			stream.end();
			assertThat(offset.endOffset()).isEqualTo(text.length());
		}
	}

	static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
			}
			stream.end();
		}
		return tokens;
	}

	static List<String> types(Analyzer analyzer, String text) throws IOException {
		List<String> types = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				types.add(type.type());
			}
			stream.end();
		}
		return types;
	}

	static List<String> terms(Analyzer analyzer, String text) throws IOException {
		return tokens(analyzer, text).stream().map((token) -> token.substring(0, token.indexOf('['))).toList();
	}

}
