package jp.kitakyushu.busters.search.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * Kuromoji morphological analysis: search-mode decompounding, base forms, part-of-speech
 * stop tags, width folding, katakana long-vowel normalisation and lower-casing; keeps
 * Japanese tokens only and, when given a map, folds domain synonyms to one canonical
 * term.
 */
final class JapaneseTextAnalyzer extends Analyzer {

	private final @Nullable SynonymMap synonyms;

	JapaneseTextAnalyzer(@Nullable SynonymMap synonyms) {
		this.synonyms = synonyms;
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		// Full-width Latin and half-width katakana are folded before the tokenizer sees
		// them,
		// so the dictionary recognises ﾊﾞｽ as バス and ＡＩ as AI.
		return new CJKWidthCharFilter(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		// Compound tokens are discarded: search mode then yields a plain sequence of
		// parts,
		// which the synonym filter needs (it cannot consume a token graph).
		Tokenizer tokenizer = new JapaneseTokenizer(null, true, true, JapaneseTokenizer.Mode.SEARCH);
		TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
		stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
		stream = new CJKWidthFilter(stream);
		stream = new JapaneseKatakanaStemFilter(stream);
		stream = new LowerCaseFilter(stream);
		stream = new ScriptFilter(stream);
		stream = new StopFilter(stream, JapaneseAnalyzer.getDefaultStopSet());
		if (this.synonyms != null) {
			stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, this.synonyms, true));
		}
		return new TokenStreamComponents(tokenizer, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(new CJKWidthFilter(in));
	}

}
