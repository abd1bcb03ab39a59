package jp.kitakyushu.busters.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.CRC32;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The domain synonym groups of {@code synonyms.txt}: one group per line, comma-separated,
 * the first entry of a group being its canonical term; {@code #} starts a comment.
 */
final class DomainSynonyms {

	static final String RESOURCE = "synonyms.txt";

	private final List<List<String>> groups;

	private final long checksum;

	private final SynonymMap japaneseFolding;

	private final SynonymMap englishFolding;

	private DomainSynonyms(List<List<String>> groups, long checksum) {
		this.groups = groups;
		this.checksum = checksum;
		this.japaneseFolding = toMap(new JapaneseTextAnalyzer(null, null), ScriptFilter::containsJapanese);
		this.englishFolding = toMap(new EnglishTextAnalyzer(null, null),
				(entry) -> !ScriptFilter.containsJapanese(entry));
	}

	static DomainSynonyms load() {
		try (InputStream in = DomainSynonyms.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			byte[] bytes = in.readAllBytes();
			CRC32 crc = new CRC32();
			crc.update(bytes);
			return new DomainSynonyms(parse(new String(bytes, StandardCharsets.UTF_8)), crc.getValue());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<List<String>> parse(String content) {
		List<List<String>> groups = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(new StringReader(content))) {
			String line;
			while ((line = lines.readLine()) != null) {
				int hash = line.indexOf('#');
				String body = ((hash >= 0) ? line.substring(0, hash) : line).strip();
				if (body.isEmpty()) {
					continue;
				}
				List<String> group = Arrays.stream(body.split(","))
					.map(String::strip)
					.filter((s) -> !s.isEmpty())
					.toList();
				if (!group.isEmpty()) {
					groups.add(group);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return groups;
	}

	List<List<String>> groups() {
		return this.groups;
	}

	/**
	 * A checksum of the file, part of the analysis version: editing the list changes
	 * indexed terms, so the index must be rebuilt.
	 */
	long checksum() {
		return this.checksum;
	}

	/**
	 * The map folding the Japanese entries of every group to the group's canonical term.
	 */
	SynonymMap japaneseFolding() {
		return this.japaneseFolding;
	}

	/**
	 * The map folding the Latin-script entries of every group to the group's canonical
	 * term.
	 */
	SynonymMap englishFolding() {
		return this.englishFolding;
	}

	/**
	 * Builds a map that replaces every entry of a group by the group's canonical term.
	 * @param analyzer the analysis chain up to the synonym filter, applied to each entry
	 * @param script which entries belong to this analyzer (Japanese or Latin script)
	 */
	private SynonymMap toMap(Analyzer analyzer, Predicate<String> script) {
		try {
			CanonicalParser parser = new CanonicalParser(analyzer, script);
			parser.parse(Reader.nullReader());
			return parser.build();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot build synonym map", ex);
		}
	}

	private final class CanonicalParser extends SynonymMap.Parser {

		private final Analyzer analyzer;

		private final Predicate<String> script;

		CanonicalParser(Analyzer analyzer, Predicate<String> script) {
			super(true, analyzer);
			this.analyzer = analyzer;
			this.script = script;
		}

		@Override
		public void parse(Reader ignored) throws IOException {
			CharsRefBuilder scratch = new CharsRefBuilder();
			// An entry belongs to the first group naming it: two groups mapping one key
			// would emit both canonical terms at the same position.
			Set<CharsRef> seen = new HashSet<>();
			for (List<String> group : DomainSynonyms.this.groups) {
				List<CharsRef> analyzed = new ArrayList<>();
				for (String entry : group) {
					if (!this.script.test(entry)) {
						continue;
					}
					CharsRef terms = analyzeOrNull(entry, scratch);
					if (terms != null && seen.add(terms)) {
						analyzed.add(terms);
					}
				}
				// The canonical term maps to itself so that a longer canonical entry (bus
				// stop) wins over a shorter key inside it (bus).
				if (!analyzed.isEmpty()) {
					add(analyzed.get(0), analyzed.get(0), false);
				}
				for (int i = 1; i < analyzed.size(); i++) {
					add(analyzed.get(i), analyzed.get(0), false);
				}
			}
		}

		/**
		 * Like {@link SynonymMap.Parser#analyze}, but tolerant of the holes stop filters
		 * leave (お年寄り loses its honorific prefix): the synonym filter matches the token
		 * sequence regardless of position gaps.
		 */
		private CharsRef analyzeOrNull(String entry, CharsRefBuilder scratch) throws IOException {
			scratch.clear();
			try (TokenStream stream = this.analyzer.tokenStream("", entry)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					if (scratch.length() > 0) {
						scratch.append(SynonymMap.WORD_SEPARATOR);
					}
					scratch.append(term.buffer(), 0, term.length());
				}
				stream.end();
			}
			return (scratch.length() > 0) ? scratch.toCharsRef() : null;
		}

	}

}
