package jp.kitakyushu.busters.search.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * Kuromoji morphological analysis: search-mode decompounding, base forms, part-of-speech
 * stop tags, width folding, katakana long-vowel normalisation and lower-casing; keeps
 * Japanese tokens only, folds domain synonyms to one canonical term and, for queries,
 * adds dictionary synonyms.
 */
final class JapaneseTextAnalyzer extends Analyzer {

	private final @Nullable SynonymMap folding;

	private final @Nullable SynonymMap expansions;

	/**
	 * @param folding domain synonyms, folded to their canonical term (index and query)
	 * @param expansions dictionary synonyms added beside the writer's words, marked as
	 * {@link Analysis#EXPANSION_TYPE} (query only)
	 */
	JapaneseTextAnalyzer(@Nullable SynonymMap folding, @Nullable SynonymMap expansions) {
		this.folding = folding;
		this.expansions = expansions;
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		// Full-width Latin and half-width katakana are folded before the tokenizer sees
		// them, so the dictionary recognises ﾊﾞｽ as バス and ＡＩ as AI.
		return new CJKWidthCharFilter(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		// Compound tokens are discarded: search mode then yields a plain sequence of
		// parts, which the synonym filter needs (it cannot consume a token graph).
		Tokenizer tokenizer = new JapaneseTokenizer(null, true, true, JapaneseTokenizer.Mode.SEARCH);
		TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
		stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
		stream = new CJKWidthFilter(stream);
		stream = new JapaneseKatakanaStemFilter(stream);
		stream = new LowerCaseFilter(stream);
		stream = new ScriptFilter(stream);
		stream = new StopFilter(stream, JapaneseAnalyzer.getDefaultStopSet());
		return new TokenStreamComponents(tokenizer, Analysis.synonyms(stream, this.folding, this.expansions));
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(new CJKWidthFilter(in));
	}

}
