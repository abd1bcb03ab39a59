package jp.kitakyushu.busters.search.analysis;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;

/**
 * The predicates of a Japanese text (see {@link PredicateFilter}), for telling apart two
 * problems about the same thing.
 */
final class PredicateAnalyzer extends Analyzer {

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return new CJKWidthCharFilter(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new JapaneseTokenizer(null, true, true, JapaneseTokenizer.Mode.NORMAL);
		TokenStream stream = new PredicateFilter(tokenizer);
		return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
	}

}
