package jp.kitakyushu.busters.search.analysis;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.zip.CRC32;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Build-time tool: compiles Sudachi's synonym dictionary and a WordNet subset into the
 * query-time expansion maps of the Japanese and English analyses, next to the compiled
 * classes. The module's build runs it after compiling (exec-maven-plugin,
 * {@code process-classes}); it needs extJWNL, which only the build has.
 *
 * <pre>
 * SynonymCompiler SUDACHI_JSON OUTPUT_DIRECTORY
 * </pre>
 *
 * Every entry is analysed by the chain it will meet at query time (including the domain
 * folding), so a rule's left side is exactly the token sequence a text yields. Nothing is
 * done when the inputs are those of the maps already there. {@code MapBuilder} extends
 * {@link SynonymMap.Parser} only for its {@code add}, which builds a rule from analysed
 * token sequences.
 */
public final class SynonymCompiler {

	/** Longest entry kept, in tokens: longer ones are phrases, not words. */
	static final int MAX_TOKENS = 4;

	/** Bump when the compiler's selection of entries changes. */
	static final int FORMAT = 3;

	private final DomainSynonyms domain;

	private final Supplier<Map<String, Set<String>>> wordNet;

	/**
	 * @param domain the domain list the analysis folds with
	 * @param wordNet English nouns with the nouns they expand to
	 */
	SynonymCompiler(DomainSynonyms domain, Supplier<Map<String, Set<String>>> wordNet) {
		this.domain = domain;
		this.wordNet = wordNet;
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: SynonymCompiler SUDACHI_JSON OUTPUT_DIRECTORY");
			System.exit(2);
		}
		new SynonymCompiler(DomainSynonyms.load(), WordNetSynonyms::read).compile(Path.of(args[0]), Path.of(args[1]));
	}

	void compile(Path dictionary, Path output) throws IOException {
		String inputs = inputs(dictionary);
		Path properties = output.resolve(CompiledSynonyms.PROPERTIES);
		if (inputs.equals(CompiledSynonyms.inputsOf(properties))) {
			System.out.println("Synonym maps are up to date in " + output);
			return;
		}
		long start = System.nanoTime();
		MapBuilder japanese = new MapBuilder(new JapaneseTextAnalyzer(this.domain.japaneseFolding(), null), MAX_TOKENS);
		// A matched text is a bag of words: an English phrase such as "comfort station"
		// would add "station" on its own, so English targets are single words.
		MapBuilder english = new MapBuilder(new EnglishTextAnalyzer(this.domain.englishFolding(), null), 1);
		for (List<SudachiSynonyms.Entry> group : SudachiSynonyms.read(dictionary)) {
			// Japanese headwords expand to one another; the group's English equivalents
			// (バス停 / bus stop) only to one another, in the English analysis.
			japanese.addGroup(group, ScriptFilter::containsJapanese);
			english.addGroup(group, SynonymCompiler::isLatin);
		}
		int sudachiEnglish = english.rules;
		for (Map.Entry<String, Set<String>> word : this.wordNet.get().entrySet()) {
			english.add(word.getKey(), word.getValue());
		}
		Files.createDirectories(output);
		write(japanese.build(), output.resolve(CompiledSynonyms.JAPANESE));
		write(english.build(), output.resolve(CompiledSynonyms.ENGLISH));
		Properties stamp = new Properties();
		stamp.setProperty(CompiledSynonyms.INPUTS, inputs);
		stamp.setProperty("sudachi", SudachiSynonyms.VERSION);
		stamp.setProperty("wordnet", WordNetSynonyms.VERSION);
		stamp.setProperty("japaneseRules", String.valueOf(japanese.rules));
		stamp.setProperty("englishRules", String.valueOf(english.rules));
		stamp.setProperty("englishRulesFromSudachi", String.valueOf(sudachiEnglish));
		try (OutputStream out = Files.newOutputStream(properties)) {
			stamp.store(out, "Compiled by SynonymCompiler; changes whenever its inputs do");
		}
		System.out.printf(
				"Compiled %d Japanese rules (Sudachi %s) and %d English rules (Sudachi, WordNet %s) in %.1f s%n",
				japanese.rules, SudachiSynonyms.VERSION, english.rules, WordNetSynonyms.VERSION,
				(System.nanoTime() - start) / 1e9);
	}

	/**
	 * What the maps depend on: this compiler, the analysis chain, the domain list and the
	 * dictionary's bytes.
	 */
	String inputs(Path dictionary) throws IOException {
		CRC32 crc = new CRC32();
		if (Files.isRegularFile(dictionary)) {
			crc.update(Files.readAllBytes(dictionary));
		}
		return "format=" + FORMAT + ",chain=" + Analysis.CHAIN_VERSION + ",domain="
				+ Long.toHexString(this.domain.checksum()) + ",sudachi=" + SudachiSynonyms.VERSION + "/"
				+ Long.toHexString(crc.getValue()) + ",wordnet=" + WordNetSynonyms.VERSION;
	}

	static boolean isLatin(String headword) {
		return headword.chars().allMatch((c) -> c < 0x80) && headword.chars().anyMatch(Character::isLetter);
	}

	private static void write(SynonymMap map, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			SynonymMapFile.write(map, out);
		}
	}

	/**
	 * Collects expansion rules for one analysis: each left side keeps its original tokens
	 * and gains the right side's.
	 */
	private static final class MapBuilder extends SynonymMap.Parser {

		private final Analyzer analyzer;

		private final CharsRefBuilder scratch = new CharsRefBuilder();

		private final int maxOutputTokens;

		private int rules;

		MapBuilder(Analyzer analyzer, int maxOutputTokens) {
			super(true, analyzer);
			this.analyzer = analyzer;
			this.maxOutputTokens = maxOutputTokens;
		}

		void addGroup(List<SudachiSynonyms.Entry> group, Predicate<String> script) {
			List<SudachiSynonyms.Entry> entries = group.stream()
				.filter((entry) -> script.test(entry.headword()))
				.toList();
			for (SudachiSynonyms.Entry entry : entries) {
				if (entry.trigger()) {
					List<String> targets = new ArrayList<>();
					entries.stream()
						.filter((other) -> !other.headword().equals(entry.headword()))
						.forEach((other) -> targets.add(other.headword()));
					add(entry.headword(), targets);
				}
			}
		}

		void add(String from, Collection<String> to) {
			CharsRef input = analyzeOrNull(from, MAX_TOKENS);
			if (input == null) {
				return;
			}
			Set<CharsRef> outputs = new LinkedHashSet<>();
			for (String target : to) {
				CharsRef output = analyzeOrNull(target, this.maxOutputTokens);
				if (output != null && !output.equals(input)) {
					outputs.add(output);
				}
			}
			for (CharsRef output : outputs) {
				add(input, output, true);
				this.rules++;
			}
		}

		@Override
		public void parse(Reader in) {
			throw new UnsupportedOperationException("rules are added one by one");
		}

		/**
		 * The entry's tokens joined as the synonym filter expects, or {@code null} when
		 * the analysis leaves nothing worth a rule: no token, a phrase of many, or one
		 * kana character (a fragment such as み matches far too much).
		 */
		private @Nullable CharsRef analyzeOrNull(String entry, int maxTokens) {
			this.scratch.clear();
			int tokens = 0;
			try (TokenStream stream = this.analyzer.tokenStream("", entry)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					if (tokens++ > 0) {
						this.scratch.append(SynonymMap.WORD_SEPARATOR);
					}
					this.scratch.append(term.buffer(), 0, term.length());
				}
				stream.end();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			boolean fragment = tokens == 1 && this.scratch.length() == 1
					&& !Character.isIdeographic(this.scratch.charAt(0));
			if (tokens == 0 || tokens > maxTokens || fragment) {
				return null;
			}
			return this.scratch.toCharsRef();
		}

	}

}
