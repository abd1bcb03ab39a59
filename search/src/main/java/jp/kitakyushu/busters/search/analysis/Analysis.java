package jp.kitakyushu.busters.search.analysis;

import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * The three analyses every text goes through, so callers never say which language a text
 * is in: Japanese morphology, English words and CJK bigrams, each feeding its own field.
 *
 * <p>
 * Synonyms come in two kinds. The domain list ({@code synonyms.txt}: words a citizen
 * would accept as the same thing) is folded to one canonical term at index time and at
 * query time alike, so a group counts as one concept in BM25's statistics. Dictionary
 * synonyms (Sudachi's synonym dictionary for Japanese, a WordNet subset for English,
 * compiled at build time by {@link SynonymCompiler}) are broader, so they are only added
 * beside a query's own words, marked {@link #EXPANSION_TYPE}, and the matcher weighs them
 * less than the writer's words. The index never holds them, but their maps are part of
 * {@link #version()}: any change to what analysis means rebuilds the index.
 */
public final class Analysis {

	/**
	 * Bump whenever an analyzer chain or the fields analysed change; stored with every
	 * commit so an index analysed differently is rebuilt at open (5: theme members'
	 * mirror fields; 6: themes have them too; 7: sort keys are numbers too; 8: words in
	 * binary doc values instead of term vectors).
	 */
	static final int CHAIN_VERSION = 8;

	/** Token type of a dictionary synonym added by the query analyzers. */
	public static final String EXPANSION_TYPE = SynonymGraphFilter.TYPE_SYNONYM;

	private final Analyzer japanese;

	private final Analyzer english;

	private final Analyzer bigram;

	private final Analyzer japaneseQuery;

	private final Analyzer englishQuery;

	private final Analyzer predicates = new PredicateAnalyzer();

	private final String version;

	private Analysis() {
		DomainSynonyms domain = DomainSynonyms.load();
		CompiledSynonyms compiled = CompiledSynonyms.load(domain);
		this.japanese = new JapaneseTextAnalyzer(domain.japaneseFolding(), null);
		this.english = new EnglishTextAnalyzer(domain.englishFolding(), null);
		this.bigram = new BigramAnalyzer();
		this.japaneseQuery = new JapaneseTextAnalyzer(domain.japaneseFolding(), compiled.japanese());
		this.englishQuery = new EnglishTextAnalyzer(domain.englishFolding(), compiled.english());
		this.version = CHAIN_VERSION + "-" + Long.toHexString(domain.checksum()) + "-" + compiled.stamp() + "-"
				+ Long.toHexString(Places.get().checksum());
	}

	/**
	 * The shared instance; analyzers are thread-safe and reuse their token streams per
	 * thread.
	 * @return the analysis
	 * @throws IllegalStateException when the build has not compiled the synonym maps
	 */
	public static Analysis get() {
		return Holder.INSTANCE;
	}

	/**
	 * Kuromoji analysis of the Japanese words of a text, with domain synonyms folded.
	 * @return the analyzer
	 */
	public Analyzer japanese() {
		return this.japanese;
	}

	/**
	 * English analysis of the Latin-script words of a text, with domain synonyms folded.
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
	 * {@link #japanese()} plus Sudachi's synonyms of its words, typed
	 * {@link #EXPANSION_TYPE}; for the source text of a match, never for indexing.
	 * @return the analyzer
	 */
	public Analyzer japaneseQuery() {
		return this.japaneseQuery;
	}

	/**
	 * {@link #english()} plus WordNet's and Sudachi's synonyms of its words, typed
	 * {@link #EXPANSION_TYPE}; for the source text of a match, never for indexing.
	 * @return the analyzer
	 */
	public Analyzer englishQuery() {
		return this.englishQuery;
	}

	/**
	 * The predicates of a Japanese text (content verbs, adjectives and adjectival nouns
	 * in their base form; every negation as ない): what it says is wrong.
	 * @return the analyzer
	 */
	public Analyzer predicates() {
		return this.predicates;
	}

	/**
	 * The thing a Japanese problem title says is wrong, as terms of {@link #japanese()}:
	 * the nouns its first and last predicates are about (屋根 in 屋根がない). Empty for a title
	 * without a Japanese predicate.
	 * @param title a title
	 * @return the terms
	 */
	public Set<String> titleDefects(String title) {
		return TitleDefects.of(title, this.japanese);
	}

	/**
	 * Identifies the analysis chains and synonym maps; differs whenever indexed terms
	 * would.
	 * @return the version stamp
	 */
	public String version() {
		return this.version;
	}

	/**
	 * The synonym stages shared by the Japanese and English chains: domain folding, then
	 * (queries only) dictionary expansion of the folded words.
	 */
	static TokenStream synonyms(TokenStream stream, @Nullable SynonymMap folding, @Nullable SynonymMap expansions) {
		TokenStream result = stream;
		if (folding != null) {
			result = new OwnWordsFilter(new FlattenGraphFilter(new SynonymGraphFilter(result, folding, true)));
		}
		if (expansions != null) {
			result = new FlattenGraphFilter(new SynonymGraphFilter(result, expansions, true));
		}
		return result;
	}

	/** Loads the analysis on first use, so the build-time compiler can run without it. */
	private static final class Holder {

		private static final Analysis INSTANCE = new Analysis();

	}

}
