package jp.kitakyushu.busters.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Marks every token so far as the writer's own word, so that the expansion filter after
 * it is the only source of {@link Analysis#EXPANSION_TYPE} tokens: a domain synonym
 * folded to its canonical term is still the writer's word.
 */
final class OwnWordsFilter extends TokenFilter {

	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	OwnWordsFilter(TokenStream in) {
		super(in);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		this.type.setType(TypeAttribute.DEFAULT_TYPE);
		return true;
	}

}
