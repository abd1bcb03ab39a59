package jp.kitakyushu.busters.search.analysis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The build step that turns Sudachi's dictionary and WordNet into expansion maps, run on
 * a small dictionary in Sudachi's npm format.
 */
class SynonymCompilerTests {

	private static final String DICTIONARY = """
			[{"id": "000001", "items": [
			  {"taigenYogen": "体言", "expandControl": 0, "vocabularyNumber": 1, "midashi": "停留所", "bunya": []},
			  {"taigenYogen": "体言", "expandControl": 0, "vocabularyNumber": 2, "midashi": "停留場", "bunya": []},
			  {"taigenYogen": "体言", "expandControl": 2, "vocabularyNumber": 3, "midashi": "廃止語", "bunya": []}]},
			 {"id": "000002", "items": [
			  {"taigenYogen": "体言", "expandControl": 1, "vocabularyNumber": 1, "midashi": "屋根", "bunya": []},
			  {"taigenYogen": "体言", "expandControl": 0, "vocabularyNumber": 2, "midashi": "ルーフ", "bunya": []},
			  {"taigenYogen": "体言", "expandControl": 0, "vocabularyNumber": 2, "midashi": "roof", "bunya": []},
			  {"taigenYogen": "体言", "expandControl": 0, "vocabularyNumber": 3, "midashi": "rooftop", "bunya": ["建築"]}]},
			 {"id": "000003", "items": [
			  {"taigenYogen": "体言", "expandControl": 0, "vocabularyNumber": 1, "midashi": "ひとつだけ", "bunya": []}]}]
			""";

	@TempDir
	Path directory;

	@Test
	void readsGroupsWithoutRetiredHeadwordsAndWithTheirTriggers() throws IOException {
		Path file = write(DICTIONARY);
		List<List<SudachiSynonyms.Entry>> groups = SudachiSynonyms.read(file);
		assertThat(groups).hasSize(2);
		assertThat(groups.get(0)).extracting(SudachiSynonyms.Entry::headword).containsExactly("停留所", "停留場");
		assertThat(groups.get(1)).extracting(SudachiSynonyms.Entry::trigger).containsExactly(false, true, true, true);
	}

	@Test
	void aMissingDictionarySaysHowToGetIt() {
		assertThatThrownBy(() -> SudachiSynonyms.read(this.directory.resolve("absent.json")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("sudachi-synonyms-dictionary 18.0.0")
			.hasMessageContaining("registry.npmjs.org");
	}

	@Test
	void compilesMapsThatExpandWithTheQueryChain() throws IOException {
		Path output = this.directory.resolve("maps");
		SynonymCompiler compiler = new SynonymCompiler(DomainSynonyms.load(),
				() -> Map.of("lavatory", Set.of("toilet", "privy")));
		compiler.compile(write(DICTIONARY), output);
		SynonymMap japanese = read(output.resolve(CompiledSynonyms.JAPANESE));
		SynonymMap english = read(output.resolve(CompiledSynonyms.ENGLISH));
		DomainSynonyms domain = DomainSynonyms.load();
		JapaneseTextAnalyzer ja = new JapaneseTextAnalyzer(domain.japaneseFolding(), japanese);
		EnglishTextAnalyzer en = new EnglishTextAnalyzer(domain.englishFolding(), english);
		// 停留所 folds to バス停 first, so the rule's left side is バス停.
		assertThat(SynonymExpansionTests.marked(ja, "停留所")).containsExactly("停留*[0,3]", "バス停[0,3]", "場*[0,3]");
		// 屋根 (a target only) does not trigger; ルーフ does.
		assertThat(SynonymExpansionTests.marked(ja, "屋根")).containsExactly("屋根[0,2]");
		assertThat(SynonymExpansionTests.marked(ja, "ルーフ")).containsExactly("屋根*[0,3]", "ルーフ[0,3]");
		assertThat(SynonymExpansionTests.marked(en, "roof")).containsExactly("rooftop*[0,4]", "roof[0,4]");
		// lavatory folds to the domain list's toilet, so the rule compiled from lavatory
		// expands toilet to itself (dropped) and privy.
		assertThat(SynonymExpansionTests.marked(en, "lavatory")).containsExactly("privy*[0,8]", "toilet[0,8]");
		assertThat(CompiledSynonyms.inputsOf(output.resolve(CompiledSynonyms.PROPERTIES)))
			.isEqualTo(compiler.inputs(write(DICTIONARY)));
	}

	@Test
	void compilingTwiceWithTheSameInputsLeavesTheMaps() throws IOException {
		Path output = this.directory.resolve("maps");
		SynonymCompiler compiler = new SynonymCompiler(DomainSynonyms.load(), Map::of);
		Path dictionary = write(DICTIONARY);
		compiler.compile(dictionary, output);
		long modified = Files.getLastModifiedTime(output.resolve(CompiledSynonyms.JAPANESE)).toMillis();
		Files.setLastModifiedTime(output.resolve(CompiledSynonyms.JAPANESE),
				java.nio.file.attribute.FileTime.fromMillis(modified - 60_000));
		compiler.compile(dictionary, output);
		assertThat(Files.getLastModifiedTime(output.resolve(CompiledSynonyms.JAPANESE)).toMillis())
			.isEqualTo(modified - 60_000);
	}

	@Test
	void mapsCompiledForAnotherDomainListAreRefused() {
		DomainSynonyms domain = DomainSynonyms.load();
		CompiledSynonyms.check("format=2,chain=" + Analysis.CHAIN_VERSION + ",domain="
				+ Long.toHexString(domain.checksum()) + ",sudachi=18.0.0/0,wordnet=3.1", domain);
		assertThatThrownBy(
				() -> CompiledSynonyms.check("format=2,chain=" + Analysis.CHAIN_VERSION + ",domain=0", domain))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("rebuild the search module");
	}

	@Test
	void mapFilesRoundTrip() throws IOException {
		Path output = this.directory.resolve("maps");
		new SynonymCompiler(DomainSynonyms.load(), Map::of).compile(write(DICTIONARY), output);
		SynonymMap map = read(output.resolve(CompiledSynonyms.JAPANESE));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		SynonymMapFile.write(map, bytes);
		SynonymMap again = SynonymMapFile.read(new ByteArrayInputStream(bytes.toByteArray()));
		DomainSynonyms domain = DomainSynonyms.load();
		assertThat(SynonymExpansionTests.marked(new JapaneseTextAnalyzer(domain.japaneseFolding(), again), "ルーフと停留所"))
			.isEqualTo(
					SynonymExpansionTests.marked(new JapaneseTextAnalyzer(domain.japaneseFolding(), map), "ルーフと停留所"));
		assertThatThrownBy(() -> SynonymMapFile.read(new ByteArrayInputStream(new byte[] { 1, 2, 3, 4 })))
			.isInstanceOf(IOException.class);
	}

	private Path write(String content) throws IOException {
		Path file = this.directory.resolve("sudachi.json");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	private static SynonymMap read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return SynonymMapFile.read(in);
		}
	}

}
