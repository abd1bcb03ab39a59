package jp.kitakyushu.busters.search.analysis;

import org.apache.lucene.analysis.Analyzer;

/**
 * The three analyses every text goes through, so callers never say which language a text
 * is in: Japanese morphology, English words and CJK bigrams, each feeding its own field.
 *
 * <p>
 * Domain synonyms are folded to one canonical term at index time and at query time alike,
 * rather than expanded at query time. That keeps every query a plain bag of terms, which
 * the matcher's term selection and "why this match" rely on, makes a group count as one
 * concept in BM25's statistics, and avoids multi-token synonym graphs. The cost is a
 * rebuild when the list changes, which {@link #version()} triggers automatically.
 */
public final class Analysis {

	/**
	 * Bump whenever an analyzer chain changes; stored with every commit so an index
	 * analysed differently is rebuilt at open.
	 */
	static final int CHAIN_VERSION = 1;

	private static final Analysis INSTANCE = new Analysis();

	private final Analyzer japanese;

	private final Analyzer english;

	private final Analyzer bigram;

	private final String version;

	private Analysis() {
		DomainSynonyms synonyms = DomainSynonyms.load();
		this.japanese = new JapaneseTextAnalyzer(
				synonyms.toMap(new JapaneseTextAnalyzer(null), ScriptFilter::containsJapanese));
		this.english = new EnglishTextAnalyzer(
				synonyms.toMap(new EnglishTextAnalyzer(null), (entry) -> !ScriptFilter.containsJapanese(entry)));
		this.bigram = new BigramAnalyzer();
		this.version = CHAIN_VERSION + "-" + Long.toHexString(synonyms.checksum());
	}

	/**
	 * The shared instance; analyzers are thread-safe and reuse their token streams per
	 * thread.
	 * @return the analysis
	 */
	public static Analysis get() {
		return INSTANCE;
	}

	/**
	 * Kuromoji analysis of the Japanese words of a text, with synonyms.
	 * @return the analyzer
	 */
	public Analyzer japanese() {
		return this.japanese;
	}

	/**
	 * English analysis of the Latin-script words of a text, with synonyms.
	 * @return the analyzer
	 */
	public Analyzer english() {
		return this.english;
	}

	/**
	 * CJK character bigrams of a text.
	 * @return the analyzer
	 */
	public Analyzer bigram() {
		return this.bigram;
	}

	/**
	 * Identifies the analysis chains and synonym list; differs whenever indexed terms
	 * would.
	 * @return the version stamp
	 */
	public String version() {
		return this.version;
	}

}
