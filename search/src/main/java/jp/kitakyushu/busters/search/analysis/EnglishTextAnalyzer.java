package jp.kitakyushu.busters.search.analysis;

import java.io.Reader;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * English analysis for Latin-script words and numbers in any text: UAX#29 words,
 * possessives, lower case, stop words, the KStem stemmer, domain synonyms folded and, for
 * queries, dictionary synonyms added. Japanese characters are dropped here because the
 * morphological and bigram fields cover them.
 */
final class EnglishTextAnalyzer extends Analyzer {

	private static final Set<String> CJK_TYPES = Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC],
			StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA],
			StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA],
			StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL]);

	private final @Nullable SynonymMap folding;

	private final @Nullable SynonymMap expansions;

	/**
	 * @param folding domain synonyms, folded to their canonical term (index and query)
	 * @param expansions dictionary synonyms added beside the writer's words, marked as
	 * {@link Analysis#EXPANSION_TYPE} (query only)
	 */
	EnglishTextAnalyzer(@Nullable SynonymMap folding, @Nullable SynonymMap expansions) {
		this.folding = folding;
		this.expansions = expansions;
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return new CJKWidthCharFilter(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new TypeTokenFilter(tokenizer, CJK_TYPES);
		stream = new EnglishPossessiveFilter(stream);
		stream = new LowerCaseFilter(stream);
		stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		stream = new KStemFilter(stream);
		// Synonyms after stemming, so "buses" and "bus" meet the same entry.
		return new TokenStreamComponents(tokenizer, Analysis.synonyms(stream, this.folding, this.expansions));
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}

}
